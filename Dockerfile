# syntax=docker/dockerfile:1

# GraphiQL's assets come from npm at build time, so the image serves them itself.
FROM node:20-slim AS graphiql
WORKDIR /src/app/graphiql
COPY app/graphiql/package.json app/graphiql/package-lock.json app/graphiql/build.sh ./
RUN bash build.sh

FROM python:3.11-slim AS build
WORKDIR /app
RUN python -m venv /venv
COPY pyproject.toml README.md ./
COPY app app
COPY schema schema
COPY resolvers resolvers
COPY models models
COPY loaders loaders
COPY subscriptions subscriptions
COPY domain domain
COPY integrations integrations
COPY migrations migrations
# Editable, so migrations/ and the GraphiQL assets stay beside the code that finds them.
RUN /venv/bin/pip install --no-cache-dir -e .

FROM python:3.11-slim
RUN useradd --create-home --uid 10001 studiograph
COPY --from=build /venv /venv
COPY --from=build --chown=studiograph /app /app
COPY --from=graphiql /src/app/graphiql/dist /app/app/graphiql/dist
WORKDIR /app
USER studiograph
ENV PATH="/venv/bin:$PATH" PYTHONUNBUFFERED=1 ENVIRONMENT=production
EXPOSE 8000
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s \
  CMD ["python", "-c", "import urllib.request as u; u.urlopen('http://127.0.0.1:8000/healthz', timeout=2)"]
# Migrations run at start; several replicas may start together, aerich records what ran.
CMD ["sh", "-c", "studiograph migrate && exec studiograph serve --host 0.0.0.0 --port 8000"]
