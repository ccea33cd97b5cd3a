namespace Platform.Platformctl.Output;

/// <summary>How results are written: aligned columns for people, protobuf JSON for scripts.</summary>
internal enum OutputFormat
{
    Table,
    Json,
}
