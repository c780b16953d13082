# Shuangjiang in a container: the same steps as the offline bundle (docs/OPERATIONS.md#containers). Not built in CI
# (no image registry is reachable from the build machines); CI builds and starts the bundle this image is made of.
FROM node:20-bookworm-slim AS build
WORKDIR /src
COPY . .
RUN npm ci --no-audit --no-fund && npm run build && npm run bundle \
 && mkdir /app && tar -xzf tmp/bundle/shuangjiang-*-linux-x64.tar.gz -C /app --strip-components=1

FROM node:20-bookworm-slim
# pg_dump for `shuangjiang backup` on PostgreSQL; LibreOffice is not needed to serve (Word files are made without it).
RUN apt-get update && apt-get install -y --no-install-recommends postgresql-client && rm -rf /var/lib/apt/lists/*
COPY --from=build /app /app
RUN mkdir /data && chown node:node /data
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000 DATA_DIR=/data
VOLUME /data
EXPOSE 3000
USER node
CMD ["node", "packages/cli/bin/shuangjiang.js", "serve"]
