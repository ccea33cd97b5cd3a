namespace Platform.Deployment.Tests.Kubernetes;

/// <summary>
/// Each service's migrations run in a Job of their own (<c>dotnet Platform.&lt;Context&gt;.dll migrate</c>), with the
/// image and the database of the service's Deployment, which then does not migrate.
/// </summary>
public sealed class MigrationJobTests
{
    [Theory]
    [MemberData(nameof(Cases.OverlaysAndServices), MemberType = typeof(Cases))]
    public void Migration_job_runs_migrate_with_the_image_of_its_deployment(string overlay, string service)
    {
        var rendered = RenderedOverlay.Of(overlay);
        var job = rendered.Get("Job", PlatformService.Named(service).MigrationJob);
        var container = Assert.Single(job.Containers);
        var deploymentImage = Assert.Single(rendered.Get("Deployment", service).Containers)["image"].Text();

        Assert.True(container["image"].Text() == deploymentImage, $"{job}: image {container["image"].Text()}, its Deployment runs {deploymentImage}.");
        Assert.True(container["args"].Texts() is ["migrate"], $"{job}: args [{string.Join(", ", container["args"].Texts())}], expected [migrate].");
        Assert.True(container["command"] is null, $"{job}: a command replaces the image's entrypoint (dotnet Platform.<Context>.dll).");
        Assert.True(
            job.PodSpec["restartPolicy"].Text() is "Never" or "OnFailure",
            $"{job}: restartPolicy {job.PodSpec["restartPolicy"].Text()}, a Job's pods must be Never or OnFailure.");
    }

    [Theory]
    [MemberData(nameof(Cases.OverlaysAndServices), MemberType = typeof(Cases))]
    public void Migration_job_uses_the_database_of_its_deployment(string overlay, string service)
    {
        var rendered = RenderedOverlay.Of(overlay);
        var job = rendered.Get("Job", PlatformService.Named(service).MigrationJob);
        var deployment = rendered.Get("Deployment", service);
        var jobEnvironment = ContainerEnvironment.Of(rendered, job, Assert.Single(job.Containers));
        var deploymentEnvironment = ContainerEnvironment.Of(rendered, deployment, Assert.Single(deployment.Containers));
        const string database = "ConnectionStrings__Database";

        Assert.True(
            jobEnvironment.GetValueOrDefault(database) is SecretValue jobSecret
            && deploymentEnvironment.GetValueOrDefault(database) is SecretValue deploymentSecret
            && jobSecret.Secret == deploymentSecret.Secret && jobSecret.Key == deploymentSecret.Key,
            $"{job}: {database} must come from the same Secret key as {deployment}'s.");
        var unknown = jobEnvironment.Keys.Where(name => ServiceSettings.Find(name)?.AppliesTo(service) != true).ToList();
        Assert.True(unknown.Count == 0, $"{job} sets {string.Join(", ", unknown)}, which {service} does not read.");
    }

    [Theory]
    [MemberData(nameof(Cases.OverlaysAndServices), MemberType = typeof(Cases))]
    public void Migration_job_runs_as_non_root_with_a_read_only_root_filesystem(string overlay, string service)
    {
        var job = RenderedOverlay.Of(overlay).Get("Job", PlatformService.Named(service).MigrationJob);

        RestrictedPod.Check(job).ThrowIfAny();
        Assert.True(job.Spec?["backoffLimit"].Number() is > 0, $"{job}: no backoffLimit; a migration that cannot succeed should stop retrying.");
    }
}
