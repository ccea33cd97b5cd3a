namespace Platform.Deployment.Tests.Kubernetes;

/// <summary>
/// The security settings every platform pod runs with (the Pod Security "restricted" profile, plus a read-only
/// root filesystem): not root, no privilege escalation, no capabilities, the runtime's seccomp profile.
/// </summary>
internal static class RestrictedPod
{
    public static Failures Check(KubernetesObject workload)
    {
        var failures = new Failures();
        var pod = workload.PodSpec["securityContext"];
        foreach (var container in workload.AllContainers)
        {
            var where = $"{workload} container {container["name"].Text()}";
            var own = container["securityContext"];
            failures.If(
                (own?["runAsNonRoot"] ?? pod?["runAsNonRoot"]).Flag() != true,
                $"{where}: securityContext.runAsNonRoot is not true.");
            failures.If(
                (own?["runAsUser"] ?? pod?["runAsUser"]).Number() is null or 0,
                $"{where}: no non-zero runAsUser (the .NET images' app user is 1654).");
            failures.If(own?["readOnlyRootFilesystem"].Flag() != true, $"{where}: readOnlyRootFilesystem is not true.");
            failures.If(own?["allowPrivilegeEscalation"].Flag() != false, $"{where}: allowPrivilegeEscalation is not false.");
            var dropped = own?["capabilities"]?["drop"].Texts() ?? [];
            failures.If(!dropped.Contains("ALL"), $"{where}: capabilities do not drop ALL.");
            failures.If(
                (own?["seccompProfile"] ?? pod?["seccompProfile"])?["type"].Text() != "RuntimeDefault",
                $"{where}: seccompProfile is not RuntimeDefault.");
            var mounts = container["volumeMounts"].Items().Select(m => m["mountPath"].Text());
            failures.If(!mounts.Contains("/tmp"), $"{where}: no writable volume at /tmp, which .NET needs with a read-only root.");
        }

        return failures;
    }
}
