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
/// The most memory one decode may take: an image of the largest allowed size at 8 bits
/// a channel (6000 × 6000 RGBA, 144 MB; a 24-megapixel phone photo is 72 MB). A deeper
/// one (16 bits a channel: 216 MB for 6000 × 6000 RGB) is refused before its pixels
/// are read.
pub const MAX_DECODED_BYTES: u64 = MAX_DIMENSION as u64 * MAX_DIMENSION as u64 * 4;
/// Decodes at once in a process; more wait their turn, so a burst of uploads cannot
/// take more than this many times [`MAX_DECODED_BYTES`].
pub const PARALLEL_DECODES: usize = 2;

static DECODES: tokio::sync::Semaphore = tokio::sync::Semaphore::const_new(PARALLEL_DECODES);

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
    let too_large = || {
        AppError::invalid(format!(
            "That image is too large: at most {MAX_DIMENSION} by {MAX_DIMENSION} pixels, at 8 bits a colour channel."
        ))
    };
    let unreadable =
        || AppError::invalid("That image could not be read. Choose a PNG, JPEG or WebP image.");
    let mut reader = ImageReader::with_format(Cursor::new(upload), format);
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_DIMENSION);
    limits.max_image_height = Some(MAX_DIMENSION);
    limits.max_alloc = Some(MAX_DECODED_BYTES);
    reader.limits(limits);
    // The header says how much the pixels will take: refuse before reading them.
    let decoder = reader.into_decoder().map_err(|err| match err {
        image::ImageError::Limits(_) => too_large(),
        _ => unreadable(),
    })?;
    let (width, height) = image::ImageDecoder::dimensions(&decoder);
    if image::ImageDecoder::total_bytes(&decoder) > MAX_DECODED_BYTES {
        return Err(too_large());
    }
    if width.max(height) > MAX_DIMENSION {
        return Err(too_large());
    }
    let image = image::DynamicImage::from_decoder(decoder).map_err(|err| match err {
        image::ImageError::Limits(_) => too_large(),
        _ => unreadable(),
    })?;
    // The centre square, resized from a view of the decoded image: no copy of it.
    let side = image.width().min(image.height());
    let square = image::imageops::crop_imm(
        &image,
        (image.width() - side) / 2,
        (image.height() - side) / 2,
        side,
        side,
    );
    let thumb = image::imageops::resize(
        &*square,
        THUMBNAIL_SIDE,
        THUMBNAIL_SIDE,
        FilterType::Triangle,
    );
    drop(image);
    let mut png = Vec::new();
    image::DynamicImage::ImageRgba8(thumb)
        .write_to(&mut Cursor::new(&mut png), ImageFormat::Png)
        .map_err(|e| {
            tracing::error!(error = %e, "avatar encoding failed");
            AppError::Internal
        })?;
    Ok(png)
}

/// Processes and stores an upload off the async threads, at most
/// [`PARALLEL_DECODES`] at a time; returns its URL path.
pub async fn save(data_dir: &Path, upload: Vec<u8>) -> Result<String, AppError> {
    let permit = DECODES.acquire().await.map_err(|e| {
        tracing::error!(error = %e, "avatar decode permits closed");
        AppError::Internal
    })?;
    // The permit goes with the work: a client that hangs up cancels this future, not
    // the decode, which keeps its permit until it is done.
    let png = tokio::task::spawn_blocking(move || {
        let _permit = permit;
        thumbnail(&upload)
    })
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
        // Within the side limit but 16 bits a channel: 6000 x 6000 x 6 bytes = 216 MB
        // decoded, past the 144 MB a decode may take, refused from the header too.
        let mut deep = encoded(1, 1, ImageFormat::Png);
        deep[16..20].copy_from_slice(&6_000u32.to_be_bytes());
        deep[20..24].copy_from_slice(&6_000u32.to_be_bytes());
        deep[24] = 16;
        deep[25] = 2;
        let crc = crc32(&deep[12..29]);
        deep[29..33].copy_from_slice(&crc.to_be_bytes());
        assert!(matches!(thumbnail(&deep), Err(AppError::Invalid(m)) if m.contains("8 bits")));
    }

    #[tokio::test]
    async fn decodes_wait_their_turn() {
        // The permits are the only way into a decode; while both are held, a third
        // upload waits.
        let a = DECODES.acquire().await.unwrap();
        let b = DECODES.acquire().await.unwrap();
        assert_eq!(DECODES.available_permits(), 0);
        let dir = std::env::temp_dir().join(format!("mp-avatars-{}", Uuid::new_v4()));
        let upload = encoded(8, 8, ImageFormat::Png);
        let waiting = tokio::spawn({
            let dir = dir.clone();
            async move { save(&dir, upload).await }
        });
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        assert!(!waiting.is_finished());
        drop((a, b));
        let url = waiting.await.unwrap().unwrap();
        assert!(url.starts_with("/avatars/"));
        let _ = std::fs::remove_dir_all(dir);
    }
}
