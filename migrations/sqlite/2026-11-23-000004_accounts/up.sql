-- People who run ourvoice (never the children who answer): Promise Ambassadors, staff,
-- partners (belonging to an organisation) and admins.
CREATE TABLE organisations (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL UNIQUE,
    created_at TIMESTAMP NOT NULL
);

CREATE TABLE users (
    id TEXT PRIMARY KEY NOT NULL,
    email TEXT UNIQUE,                  -- none for young people who sign in with a code
    name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('ambassador', 'staff', 'partner', 'admin')),
    organisation_id TEXT REFERENCES organisations (id),
    created_at TIMESTAMP NOT NULL,
    disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1))
);

-- A magic link or a one-time sign-in code: only its SHA-256, single use, short-lived.
CREATE TABLE sign_in_tokens (
    hash TEXT PRIMARY KEY NOT NULL,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    expires_at TIMESTAMP NOT NULL,
    used INTEGER NOT NULL DEFAULT 0 CHECK (used IN (0, 1))
);

-- Sessions live in the database so several server processes share them. The cookie holds a
-- random secret; only its SHA-256 is stored.
CREATE TABLE sessions (
    hash TEXT PRIMARY KEY NOT NULL,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    csrf TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    last_seen TIMESTAMP NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

-- Every staff and admin action: who, what, when.
CREATE TABLE audit_log (
    id TEXT PRIMARY KEY NOT NULL,
    at TIMESTAMP NOT NULL,
    user_id TEXT REFERENCES users (id),
    action TEXT NOT NULL,
    detail TEXT NOT NULL
);
CREATE INDEX audit_log_at ON audit_log (at);
