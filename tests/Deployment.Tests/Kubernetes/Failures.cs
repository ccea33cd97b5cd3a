namespace Platform.Deployment.Tests.Kubernetes;

/// <summary>Collects every problem a check finds, so one run shows them all, then fails with the list.</summary>
internal sealed class Failures
{
    private readonly List<string> _problems = [];

    public void Add(string problem) => _problems.Add(problem);

    public void If(bool broken, string problem)
    {
        if (broken)
        {
            _problems.Add(problem);
        }
    }

    public void ThrowIfAny()
    {
        if (_problems.Count > 0)
        {
            throw new Xunit.Sdk.XunitException(string.Join(Environment.NewLine, _problems));
        }
    }
}
