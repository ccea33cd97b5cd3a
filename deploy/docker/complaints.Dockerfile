# The Complaints service. Build from the repository root (the context needs the solution's props files):
#   docker build -f deploy/docker/complaints.Dockerfile --build-arg VERSION=1.2.3 --build-arg COMMIT=$(git rev-parse HEAD) -t platform/complaints .
# The same image runs the service (no argument), its migrations (`migrate`) and its health probe (`probe`).

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# All source except tests (see .dockerignore): Directory.*.props, contracts/ (protos are compiled
# here by Grpc.Tools) and services/. Simpler and harder to break than copying each project file.
COPY . .
RUN dotnet restore services/Complaints/Complaints.csproj
# Declared after the restore so a new version or commit does not invalidate the restored packages.
# The SDK appends +$COMMIT to the informational version, which `platformctl status` reports.
ARG VERSION=0.0.0-dev
ARG COMMIT=unknown
RUN dotnet publish services/Complaints/Complaints.csproj -c Release --no-restore -o /app \
    -p:Version=$VERSION -p:SourceRevisionId=$COMMIT

# Chiseled: no shell, no package manager, non-root by default; so the health check below is exec form.
# The "extra" variant, because it has tzdata (and ICU): agreements' service calendars name IANA time zones
# (Asia/Shanghai), which the plain chiseled image could not resolve.
FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled-extra
ARG VERSION=0.0.0-dev
ARG COMMIT=unknown
# The repository URL, passed where release images are built (--build-arg SOURCE=...).
ARG SOURCE=unknown
LABEL org.opencontainers.image.title="platform-complaints" \
      org.opencontainers.image.version="$VERSION" \
      org.opencontainers.image.revision="$COMMIT" \
      org.opencontainers.image.source="$SOURCE"
WORKDIR /app
COPY --from=build /app .
# The service binds its own ports from configuration; clear the image's default 8080 binding.
ENV ASPNETCORE_HTTP_PORTS= \
    Ports__Grpc=5102 \
    Ports__Http=5202
EXPOSE 5102 5202
# The 'app' user (uid 1654) the .NET images ship, by number so Kubernetes can verify runAsNonRoot.
USER 1654
# `probe` GETs /readyz on Ports__Http and exits 0 on 200, else 1 (the image has no curl).
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 \
    CMD ["dotnet", "Platform.Complaints.dll", "probe"]
ENTRYPOINT ["dotnet", "Platform.Complaints.dll"]
