# aws-monitor CLI image. Build: docker build -t aws-monitor .
# Run: docker run --rm -e AWS_REGION -e AWS_ACCESS_KEY_ID -e AWS_SECRET_ACCESS_KEY -v "$PWD:/work" aws-monitor report -o report.json
# NODE_IMAGE lets the same file build from a locally made base (see tools/image/make-local-base.sh).
ARG NODE_IMAGE=node:24-slim

# Build from source: the image does not trust a committed dist/. The bundle is plain JavaScript, so
# a multi-platform build makes it once, on the builder's own platform.
FROM --platform=$BUILDPLATFORM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json ./
COPY src ./src
COPY schemas ./schemas
RUN node node_modules/@vercel/ncc/dist/ncc/cli.js build src/cli/index.ts -o dist/cli --license licenses.txt --quiet

# The Node base less its package managers (npm, npx, corepack, yarn) and headers: nothing installs
# packages at run time. /work is the working directory, owned by the unprivileged user.
FROM ${NODE_IMAGE} AS node-only
RUN rm -rf /usr/local/lib/node_modules /usr/local/include /usr/local/share/doc /usr/local/share/man /opt/yarn* \
      /usr/local/bin/npm /usr/local/bin/npx /usr/local/bin/corepack /usr/local/bin/yarn /usr/local/bin/yarnpkg \
      /usr/local/bin/docker-entrypoint.sh /usr/local/etc/npmrc /root/.npm \
  && mkdir -p /work && chown 1000:1000 /work

# One layer from the stage above: a file deleted there must not survive in a layer underneath.
FROM scratch
COPY --from=node-only / /
# Said again: a builder need not keep a stage's file owners when it copies the whole tree.
COPY --from=node-only --chown=1000:1000 /work /work
COPY --from=build /app/dist/cli /app/dist/cli
COPY package.json config.example.ini iam-policy.json LICENSE /app/
ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    NODE_ENV=production
# The release workflow passes these; a local build says it is one.
ARG VERSION=0.0.0-local
ARG REVISION=unknown
ARG SOURCE=https://github.com/aws-monitor/aws-monitor
LABEL org.opencontainers.image.title="aws-monitor" \
      org.opencontainers.image.description="Scan a production AWS account and write one report of what is wrong." \
      org.opencontainers.image.source="${SOURCE}" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.revision="${REVISION}" \
      org.opencontainers.image.licenses="MIT"
WORKDIR /work
# uid 1000 is the "node" user in the official images and in the local base.
USER 1000:1000
# Node is PID 1: the CLI handles SIGTERM and SIGINT itself (src/cli/signals.ts), so docker stop and
# Ctrl-C end a run at once without an init.
STOPSIGNAL SIGTERM
ENTRYPOINT ["node", "/app/dist/cli/index.js"]
CMD ["--help"]
