# One image for the three subgraphs, the gateway and the seed job; docker-compose.yml picks
# the process per service (`npm run start:<name>`, `npm run seed`).
FROM node:20-bookworm-slim

WORKDIR /app

# Dependencies first, so a source change does not reinstall them. tsx is a runtime
# dependency (the processes run the TypeScript sources directly); codegen, vitest and the
# other dev tools stay out of the image.
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

COPY . .

# The sources stay owned by root and read-only to the process; only the data folder (dev
# keys and embedded databases, unused when DATABASE_URL_* and LINKAGE_KEY are set) is writable.
RUN mkdir -p .data/keys && chown -R node:node .data
USER node

ENV APOLLO_TELEMETRY_DISABLED=true NODE_ENV=production

CMD ["npm", "run", "start:gateway"]
