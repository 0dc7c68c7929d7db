# aws-monitor CLI image. Build: docker build -t aws-monitor .
# NODE_IMAGE lets the same file build from a locally made base (see tools/image/make-local-base.sh).
ARG NODE_IMAGE=node:24-slim

# Build from source: the image does not trust a committed dist/.
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json ./
COPY src ./src
COPY schemas ./schemas
RUN node node_modules/@vercel/ncc/dist/ncc/cli.js build src/cli/index.ts -o dist/cli --license licenses.txt --quiet

# Runtime: only the self-contained bundle, run by an unprivileged user.
FROM ${NODE_IMAGE}
WORKDIR /app
COPY --from=build /app/dist/cli ./dist/cli
COPY package.json config.example.ini iam-policy.json ./
ENV NODE_ENV=production
# uid 1000 is the "node" user in the official images and in the local base.
USER 1000:1000
ENTRYPOINT ["node", "/app/dist/cli/index.js"]
CMD ["--help"]
