# The service from its production build, for a Neo4j you run elsewhere (NEO4J_URI is required:
# the image has no Java, so it cannot start a Neo4j of its own).
#   docker build -t claimgraph .
#   docker run -p 4000:4000 -e NEO4J_URI=neo4j+s://... -e NEO4J_USER=neo4j -e NEO4J_PASSWORD=... claimgraph

# Build: dev dependencies, tsc to dist/, the explorer into dist/public/, the dashboard into web/dist/.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json ./
COPY schema schema
COPY src src
COPY scripts scripts
COPY seed seed
COPY web web
RUN npm run build

# Run: production dependencies only, the compiled service, and the files it reads at run time
# (the SDL, the constraints, the bundled episodes).
FROM node:20-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force
COPY --from=build /app/dist dist
COPY --from=build /app/web/dist web/dist
COPY schema schema
COPY seed seed
USER node
EXPOSE 4000
CMD ["node", "dist/index.js"]
