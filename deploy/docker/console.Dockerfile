# The officer console (services/OfficerConsole). Build from the repository root (the context needs the solution's
# props files):
#   docker build -f deploy/docker/console.Dockerfile --build-arg VERSION=1.2.3 --build-arg COMMIT=$(git rev-parse HEAD) -t platform/console .
# The same image runs the console (no argument) and its health probe (`probe`). It has no database, so no `migrate`.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# All source except tests (see .dockerignore), as the services' Dockerfiles do.
COPY . .
RUN dotnet restore services/OfficerConsole/OfficerConsole.csproj
# Declared after the restore so a new version or commit does not invalidate the restored packages.
ARG VERSION=0.0.0-dev
ARG COMMIT=unknown
RUN dotnet publish services/OfficerConsole/OfficerConsole.csproj -c Release --no-restore -o /app \
    -p:Version=$VERSION -p:SourceRevisionId=$COMMIT
# The directory of the Data Protection key ring (DataProtection__KeysPath in compose and Kubernetes), made here
# because the runtime image has no shell to make it.
RUN mkdir -p /state/keys

# Chiseled: no shell, no package manager, non-root by default; so the health check below is exec form.
# The "extra" variant, because it has tzdata (and ICU): the pages show times in the agreements' IANA time zones.
FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled-extra
ARG VERSION=0.0.0-dev
ARG COMMIT=unknown
# The repository URL, passed where release images are built (--build-arg SOURCE=...).
ARG SOURCE=unknown
LABEL org.opencontainers.image.title="platform-console" \
      org.opencontainers.image.version="$VERSION" \
      org.opencontainers.image.revision="$COMMIT" \
      org.opencontainers.image.source="$SOURCE"
WORKDIR /app
COPY --from=build /app .
# Owned by the app user: a new named volume mounted here (compose) takes the directory's owner, so the console can
# write its keys. The root filesystem is read-only; without a volume here, keys are not kept (README.md).
COPY --from=build --chown=1654:1654 /state/ /var/lib/officer-console/
# The console binds its own port from configuration; clear the image's default 8080 binding.
ENV ASPNETCORE_HTTP_PORTS= \
    Ports__Http=5300
EXPOSE 5300
# The 'app' user (uid 1654) the .NET images ship, by number so Kubernetes can verify runAsNonRoot.
USER 1654
# `probe` GETs /healthz on Ports__Http and exits 0 on 200, else 1 (the image has no curl).
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 \
    CMD ["dotnet", "Platform.OfficerConsole.dll", "probe"]
ENTRYPOINT ["dotnet", "Platform.OfficerConsole.dll"]
