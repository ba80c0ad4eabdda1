//! A consistent copy of a live SQLite database, taken while it serves: `VACUUM INTO` reads one
//! snapshot of the database (never a file copy, which can catch a write half done). On
//! PostgreSQL, `pg_dump` is the tool (see the README).

use std::path::Path;

use diesel::RunQueryDsl;

use super::Db;

/// Writes a copy of the database to `to`, which must not exist yet.
pub fn backup(conn: &mut Db, to: &Path) -> anyhow::Result<()> {
    let Db::Sqlite(conn) = conn else {
        anyhow::bail!(
            "ourvoice backup copies a SQLite database; for PostgreSQL use pg_dump: \
             pg_dump --format=custom --file={} \"$DATABASE_URL\"",
            to.display()
        );
    };
    if to.exists() {
        anyhow::bail!("{} already exists: give a new file name, so no backup is overwritten", to.display());
    }
    let target = to.to_str().ok_or_else(|| anyhow::anyhow!("{} is not a name SQLite can use", to.display()))?;
    diesel::sql_query(format!("VACUUM INTO '{}'", target.replace('\'', "''")))
        .execute(conn)
        .map_err(|e| anyhow::anyhow!("the backup to {} failed: {e}", to.display()))?;
    Ok(())
}
