namespace Platform.Platformctl;

/// <summary>0 success, 1 the server refused or is not serving, 2 bad usage.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int Usage = 2;
}
