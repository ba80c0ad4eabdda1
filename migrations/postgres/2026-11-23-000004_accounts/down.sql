DROP TABLE audit_log;
DROP TABLE sessions;
DROP TABLE sign_in_tokens;
DROP TABLE users;
DROP TABLE organisations;
