# Build: the release binary, with SQLite compiled in and libpq for PostgreSQL.
FROM rust:1-bookworm AS build
RUN apt-get update && apt-get install -y --no-install-recommends pkg-config libssl-dev libpq-dev \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY Cargo.toml Cargo.lock build.rs ./
COPY .cargo .cargo
COPY src src
COPY migrations migrations
COPY lexicons lexicons
COPY locales locales
RUN cargo build --release --locked && strip target/release/ourvoice

# Run: a small image, a non-root user, data on a volume.
FROM debian:bookworm-slim
# espeak-ng and lame make the read-aloud audio of surveys for the youngest children; Chromium
# prints paper surveys as PDFs, with fonts for every script a sheet can be in (DejaVu for the
# Latin scripts and Arabic, Lohit for Bengali, WenQuanYi for Chinese).
RUN apt-get update && apt-get install -y --no-install-recommends libpq5 ca-certificates curl espeak-ng lame \
        chromium fontconfig fonts-dejavu-core fonts-lohit-beng-bengali fonts-wqy-microhei \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home-dir /data ourvoice \
    && mkdir -p /data && chown ourvoice /data
COPY --from=build /src/target/release/ourvoice /usr/local/bin/ourvoice
COPY surveys /app/surveys
WORKDIR /app
ENV DATABASE_URL=/data/ourvoice.db \
    OURVOICE_BIND=0.0.0.0:8080 \
    OURVOICE_SURVEYS=/app/surveys \
    RUST_LOG=info
VOLUME /data
USER ourvoice
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s \
    CMD curl -fsS http://127.0.0.1:8080/healthz || exit 1
CMD ["ourvoice", "serve"]
