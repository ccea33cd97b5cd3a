using System.Text.RegularExpressions;

namespace Platform.Deployment.Tests.Observability;

/// <summary>
/// The services' and the console's Dockerfiles (deploy/docker/&lt;compose name&gt;.Dockerfile): chiseled, non-root,
/// versioned, and health-checked by their probe command.
/// </summary>
public sealed partial class ContainerImageTests
{
    /// <summary>Each image: its Dockerfile's name (the compose service's) and the assembly it runs.</summary>
    public static TheoryData<string, string> Images
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var (name, context, _) in Compose.PlatformServices.Append(Compose.Console))
            {
                data.Add(name, context);
            }

            return data;
        }
    }

    public static TheoryData<string> ImageNames => new(Compose.PlatformServices.Append(Compose.Console).Select(s => s.Name));

    [Theory]
    [MemberData(nameof(Images))]
    public void Dockerfile_health_check_runs_the_probe_command_in_exec_form(string image, string context)
    {
        var instructions = Instructions(image);

        var healthcheck = Assert.Single(instructions, i => i.StartsWith("HEALTHCHECK ", StringComparison.Ordinal));
        Assert.EndsWith($"CMD [\"dotnet\", \"Platform.{context}.dll\", \"probe\"]", healthcheck, StringComparison.Ordinal);
        Assert.Contains("--interval=10s --timeout=5s --start-period=30s --retries=3", healthcheck, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ImageNames))]
    public void Dockerfile_runs_on_the_chiseled_runtime_as_a_numeric_non_root_user(string image)
    {
        var instructions = Instructions(image);

        Assert.Equal("FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled-extra", instructions.Last(i => i.StartsWith("FROM ", StringComparison.Ordinal)));
        Assert.Equal("USER 1654", instructions.Last(i => i.StartsWith("USER ", StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(ImageNames))]
    public void Dockerfile_bakes_in_version_and_commit(string image)
    {
        var instructions = Instructions(image);

        Assert.Contains(instructions, i => i.StartsWith("RUN dotnet publish ", StringComparison.Ordinal)
            && i.Contains("-p:Version=$VERSION", StringComparison.Ordinal)
            && i.Contains("-p:SourceRevisionId=$COMMIT", StringComparison.Ordinal));
        var label = Assert.Single(instructions, i => i.StartsWith("LABEL ", StringComparison.Ordinal));
        Assert.Contains("org.opencontainers.image.version=\"$VERSION\"", label, StringComparison.Ordinal);
        Assert.Contains("org.opencontainers.image.revision=\"$COMMIT\"", label, StringComparison.Ordinal);
        Assert.Contains("org.opencontainers.image.source=", label, StringComparison.Ordinal);
    }

    [Fact]
    public void Console_image_gives_the_app_user_the_directory_of_its_key_ring()
    {
        var (name, context, port) = Compose.Console;
        var instructions = Instructions(name);
        var keysPath = Compose.Environment(name, "DataProtection__KeysPath") ?? "(unset)";

        // A new named volume takes the owner of the image's directory it is mounted on; one made by Docker is root's.
        Assert.Contains(instructions, i => ChownedCopy().Match(i) is { Success: true } copy
            && keysPath.StartsWith(copy.Groups["target"].Value.TrimEnd('/') + "/", StringComparison.Ordinal));
        Assert.Contains($"EXPOSE {port}", instructions);
        Assert.Contains($"ENTRYPOINT [\"dotnet\", \"Platform.{context}.dll\"]", instructions);
    }

    [Fact]
    public void Build_context_leaves_out_tests_build_output_and_local_files()
    {
        var ignored = Repository.Read(".dockerignore").Split('\n').Select(l => l.Trim()).ToHashSet(StringComparer.Ordinal);

        Assert.Superset(new HashSet<string>(["tests", "**/bin", "**/obj", ".local", "**/node_modules", ".git"], StringComparer.Ordinal), ignored);
    }

    /// <summary>The Dockerfile's instructions, continuation lines joined and spaces collapsed, comments dropped.</summary>
    private static List<string> Instructions(string image)
    {
        var text = Repository.Read($"deploy/docker/{image}.Dockerfile");
        var lines = text.Split('\n').Where(l => !l.TrimStart().StartsWith('#'));
        return Spaces().Replace(string.Join('\n', lines).Replace("\\\n", " ", StringComparison.Ordinal), " ")
            .Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0)
            .ToList();
    }

    [GeneratedRegex(@"[ \t]+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^COPY --from=\w+ --chown=1654:1654 \S+ (?<target>/\S+)$")]
    private static partial Regex ChownedCopy();
}
