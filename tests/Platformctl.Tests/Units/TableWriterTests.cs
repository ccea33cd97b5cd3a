using Platform.Platformctl.Output;

namespace Platform.Platformctl.Tests.Units;

public sealed class TableWriterTests
{
    [Fact]
    public void Columns_are_aligned_under_an_upper_case_header_without_colour()
    {
        using var output = new StringWriter();

        new TableWriter("clause", "status").Row("2.3.1", "MET").Row("4.2.2", "MISSED").WriteTo(output, colour: false);

        Assert.Equal(["CLAUSE  STATUS", "2.3.1   MET", "4.2.2   MISSED"], output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }
}
