# The Agreements service. Build from the repository root (the context needs the solution's props files):
#   docker build -f deploy/docker/agreements.Dockerfile -t platform/agreements .

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# All source except tests (see .dockerignore): Directory.*.props, contracts/ (protos are compiled
# here by Grpc.Tools) and services/. Simpler and harder to break than copying each project file.
COPY . .
RUN dotnet restore services/Agreements/Agreements.csproj
RUN dotnet publish services/Agreements/Agreements.csproj -c Release --no-restore -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
# The service binds its own ports from configuration; clear the image's default 8080 binding.
ENV ASPNETCORE_HTTP_PORTS= \
    Ports__Grpc=5101 \
    Ports__Http=5201
EXPOSE 5101 5201
# Non-root: the 'app' user every .NET 8+ image ships, by uid so Kubernetes can verify runAsNonRoot.
USER $APP_UID
ENTRYPOINT ["dotnet", "Platform.Agreements.dll"]
