//! Avatars: an uploaded PNG, JPEG or WebP is decoded within strict limits and re-encoded
//! as a square PNG thumbnail. Only pixels survive (no metadata, no embedded payloads).
//! Files live in `DATA_DIR/avatars` and are served at `/avatars/`.

use image::{imageops::FilterType, ImageFormat, ImageReader, Limits};
use std::io::Cursor;
use std::path::{Path, PathBuf};
use uuid::Uuid;

use crate::error::AppError;

/// The largest upload accepted.
pub const MAX_UPLOAD_BYTES: usize = 5 * 1024 * 1024;
/// Larger images are refused before decoding (decompression bombs).
pub const MAX_DIMENSION: u32 = 6000;
pub const THUMBNAIL_SIDE: u32 = 256;
pub const URL_PREFIX: &str = "/avatars";

pub fn folder(data_dir: &Path) -> PathBuf {
    data_dir.join("avatars")
}

/// The thumbnail of an uploaded image, as PNG bytes.
pub fn thumbnail(upload: &[u8]) -> Result<Vec<u8>, AppError> {
    if upload.is_empty() {
        return Err(AppError::invalid("The avatar file is empty."));
    }
    if upload.len() > MAX_UPLOAD_BYTES {
        return Err(AppError::invalid("Choose an avatar image of at most 5 MB."));
    }
    let not_an_image = || AppError::invalid("Choose a PNG, JPEG or WebP image for your avatar.");
    let format = image::guess_format(upload).map_err(|_| not_an_image())?;
    if !matches!(
        format,
        ImageFormat::Png | ImageFormat::Jpeg | ImageFormat::WebP
    ) {
        return Err(not_an_image());
    }
    let mut reader = ImageReader::with_format(Cursor::new(upload), format);
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_DIMENSION);
    limits.max_image_height = Some(MAX_DIMENSION);
    limits.max_alloc = Some(256 * 1024 * 1024);
    reader.limits(limits);
    let image = reader.decode().map_err(|err| match err {
        image::ImageError::Limits(_) => AppError::invalid(format!(
            "That image is too large: at most {MAX_DIMENSION} by {MAX_DIMENSION} pixels."
        )),
        _ => AppError::invalid("That image could not be read. Choose a PNG, JPEG or WebP image."),
    })?;
    let side = image.width().min(image.height());
    let square = image.crop_imm(
        (image.width() - side) / 2,
        (image.height() - side) / 2,
        side,
        side,
    );
    let thumb = square.resize_exact(THUMBNAIL_SIDE, THUMBNAIL_SIDE, FilterType::Triangle);
    let mut png = Vec::new();
    thumb
        .to_rgba8()
        .write_to(&mut Cursor::new(&mut png), ImageFormat::Png)
        .map_err(|e| {
            tracing::error!(error = %e, "avatar encoding failed");
            AppError::Internal
        })?;
    Ok(png)
}

/// Processes and stores an upload off the async threads; returns its URL path.
pub async fn save(data_dir: &Path, upload: Vec<u8>) -> Result<String, AppError> {
    let png = tokio::task::spawn_blocking(move || thumbnail(&upload))
        .await
        .map_err(|e| {
            tracing::error!(error = %e, "avatar task failed");
            AppError::Internal
        })??;
    let dir = folder(data_dir);
    let name = format!("{}.png", Uuid::new_v4());
    let io_error = |e: std::io::Error| {
        tracing::error!(error = %e, dir = %dir.display(), "cannot store avatar");
        AppError::Internal
    };
    tokio::fs::create_dir_all(&dir).await.map_err(io_error)?;
    tokio::fs::write(dir.join(&name), png)
        .await
        .map_err(io_error)?;
    Ok(format!("{URL_PREFIX}/{name}"))
}

/// Deletes a stored avatar by its URL path; anything not ours is ignored.
pub async fn remove(data_dir: &Path, url: &str) {
    let Some(name) = url.strip_prefix(&format!("{URL_PREFIX}/")) else {
        return;
    };
    let valid = name.len() == 40 && name.ends_with(".png") && Uuid::parse_str(&name[..36]).is_ok();
    if valid {
        let _ = tokio::fs::remove_file(folder(data_dir).join(name)).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use image::{DynamicImage, RgbImage};

    fn encoded(width: u32, height: u32, format: ImageFormat) -> Vec<u8> {
        let image = DynamicImage::ImageRgb8(RgbImage::from_pixel(
            width,
            height,
            image::Rgb([10, 90, 120]),
        ));
        let mut bytes = Vec::new();
        image
            .write_to(&mut Cursor::new(&mut bytes), format)
            .unwrap();
        bytes
    }

    /// PNG's chunk checksum (CRC-32, IEEE), to forge a well-formed header.
    fn crc32(bytes: &[u8]) -> u32 {
        let mut crc = 0xffff_ffffu32;
        for &b in bytes {
            crc ^= u32::from(b);
            for _ in 0..8 {
                crc = if crc & 1 == 1 {
                    (crc >> 1) ^ 0xedb8_8320
                } else {
                    crc >> 1
                };
            }
        }
        !crc
    }

    #[test]
    fn png_jpeg_and_webp_become_square_png_thumbnails() {
        for format in [ImageFormat::Png, ImageFormat::Jpeg, ImageFormat::WebP] {
            let png = thumbnail(&encoded(640, 480, format)).unwrap();
            let out = image::load_from_memory_with_format(&png, ImageFormat::Png).unwrap();
            assert_eq!(
                (out.width(), out.height()),
                (THUMBNAIL_SIDE, THUMBNAIL_SIDE),
                "{format:?}"
            );
        }
    }

    #[test]
    fn metadata_does_not_survive() {
        // A PNG with a text chunk: the thumbnail is re-encoded from pixels alone.
        let mut png = encoded(64, 64, ImageFormat::Png);
        let marker = b"tEXtComment\0secret-location";
        let iend = png.len() - 12;
        let mut chunk = (marker.len() as u32 - 4).to_be_bytes().to_vec();
        chunk.extend_from_slice(marker);
        chunk.extend_from_slice(&[0, 0, 0, 0]);
        png.splice(iend..iend, chunk);
        let out = thumbnail(&png).unwrap();
        assert!(!out.windows(15).any(|w| w == b"secret-location"));
    }

    #[test]
    fn non_images_oversized_files_and_bombs_are_refused() {
        assert!(thumbnail(b"").is_err());
        assert!(matches!(
            thumbnail(b"%PDF-1.7 not an image"),
            Err(AppError::Invalid(_))
        ));
        assert!(matches!(
            thumbnail(b"GIF89a\x01\x00\x01\x00\x00\x00\x00;"),
            Err(AppError::Invalid(_))
        ));
        let mut big = encoded(8, 8, ImageFormat::Png);
        big.resize(MAX_UPLOAD_BYTES + 1, 0);
        assert!(matches!(thumbnail(&big), Err(AppError::Invalid(m)) if m.contains("5 MB")));
        // A tiny, valid PNG whose header claims 50000 x 50000 pixels (10 GB decoded):
        // refused from the header, before anything is allocated.
        let mut bomb = encoded(1, 1, ImageFormat::Png);
        bomb[16..20].copy_from_slice(&50_000u32.to_be_bytes());
        bomb[20..24].copy_from_slice(&50_000u32.to_be_bytes());
        let crc = crc32(&bomb[12..29]);
        bomb[29..33].copy_from_slice(&crc.to_be_bytes());
        assert!(matches!(thumbnail(&bomb), Err(AppError::Invalid(m)) if m.contains("too large")));
    }
}
