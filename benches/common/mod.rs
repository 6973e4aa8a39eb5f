//! What every benchmark starts from: an empty, migrated database.

use med_practice::server::db::Db;
use sqlx::postgres::{PgPool, PgPoolOptions};

/// Connects to `DATABASE_URL`, returned with the pool, (scripts/bench.sh makes a fresh one), runs the
/// migrations and checks that no room exists yet.
pub async fn empty_database(max_connections: u32) -> (String, PgPool, Db) {
    let url = std::env::var("DATABASE_URL").expect("DATABASE_URL (scripts/bench.sh sets it)");
    let pool = PgPoolOptions::new()
        .max_connections(max_connections)
        .connect(&url)
        .await
        .expect("connect");
    let db = Db::from_pool(pool.clone());
    db.migrate().await.expect("migrate");
    let (existing,): (i64,) = sqlx::query_as("select count(*) from public.practice_rooms")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(existing, 0, "the benchmark wants an empty database");
    (url, pool, db)
}
