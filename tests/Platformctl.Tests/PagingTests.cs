using System.Text.Json;
using System.Text.RegularExpressions;
using Platform.Contracts.Agreements.V1;
using Platform.Contracts.Complaints.V1;
using Platform.IntegrationTests.Infrastructure;

namespace Platform.Platformctl.Tests;

[Collection(LivePlatformDefinition.Name)]
public sealed partial class PagingTests(LivePlatform platform, ITestOutputHelper log)
{
    private static readonly TimeSpan s_factsArrive = TimeSpan.FromSeconds(30);

    private AgreementsService.AgreementsServiceClient Agreements => new(platform.Agreements.Channel);

    [Fact]
    public async Task A_table_page_ends_with_a_more_line_whose_page_token_continues_the_listing()
    {
        var (customer, ids) = await CreateAgreementsAsync(3);

        var first = await platform.RunAsync("agreements", "list", "--customer", customer, "--page-size", "2");
        var token = Assert.Single(MoreLine().Matches(first.Error)).Groups["token"].Value;
        var second = await platform.RunAsync("agreements", "list", "--customer", customer, "--page-size", "2", "--page-token", token);
        log.WriteLine(first.Output + first.Error + second.Output + second.Error);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        Assert.Equal(2, Listed(first.Output, ids).Count);
        Assert.Single(Listed(second.Output, ids));
        Assert.DoesNotContain("more:", second.Error, StringComparison.Ordinal);
        Assert.Equal(ids.Order(), Listed(first.Output, ids).Concat(Listed(second.Output, ids)).Order());
    }

    [Fact]
    public async Task All_as_json_is_one_list_response_with_every_agreement_once_and_no_next_page_token()
    {
        var (customer, ids) = await CreateAgreementsAsync(3);

        var run = await platform.RunAsync("agreements", "list", "--customer", customer, "--page-size", "2", "--all", "-o", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var listed = json.RootElement.GetProperty("agreements").EnumerateArray().Select(a => a.GetProperty("id").GetString()!);
        Assert.Equal(ids.Order(), listed.Order());
        Assert.False(json.RootElement.TryGetProperty("nextPageToken", out _));
    }

    [Fact]
    public async Task All_in_a_table_lists_every_complaint_once_without_a_more_line()
    {
        var (agreementId, complaints) = await FileComplaintsAsync(3);

        var run = await platform.RunAsync("complaints", "list", "--agreement", agreementId, "--page-size", "1", "--all");
        log.WriteLine(run.Output + run.Error);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(complaints.Order(), Listed(run.Output, complaints).Order());
        Assert.DoesNotContain("more:", run.Error, StringComparison.Ordinal);
    }

    /// <summary>The values of <paramref name="expected"/> that start a row of the table, once per row.</summary>
    private static List<string> Listed(string table, IReadOnlyCollection<string> expected) =>
        [.. table.Split('\n').SelectMany(row => expected.Where(value => row.Contains(value, StringComparison.Ordinal)))];

    [GeneratedRegex(@"^more: --page-token (?<token>\S+)$", RegexOptions.Multiline)]
    private static partial Regex MoreLine();

    private async Task<(string Customer, string[] Ids)> CreateAgreementsAsync(int count)
    {
        var customer = $"cust-{Guid.NewGuid():N}";
        var ids = new List<string>();
        for (var i = 0; i < count; i++)
        {
            ids.Add((await TestAgreements.CreateSignedAsync(Agreements, customer)).Id);
        }

        return (customer, [.. ids]);
    }

    private async Task<(string AgreementId, string[] Complaints)> FileComplaintsAsync(int count)
    {
        var agreement = await TestAgreements.CreateSignedAsync(Agreements);
        var complaints = new ComplaintsService.ComplaintsServiceClient(platform.Complaints.Channel);
        await Eventually.AssertAsync(
            async () => (await complaints.GetAgreementEligibilityAsync(new GetAgreementEligibilityRequest { AgreementId = agreement.Id })).Eligibility.Eligible,
            s_factsArrive,
            "Complaints knows the signed agreement");
        var filed = new List<string>();
        for (var i = 0; i < count; i++)
        {
            filed.Add((await complaints.FileComplaintAsync(new FileComplaintRequest
            {
                RequestId = Guid.NewGuid().ToString(),
                AgreementId = agreement.Id,
                Channel = ComplaintChannel.Email,
                Subject = $"Invoice charged twice ({i + 1})",
                Description = "The March invoice was charged twice.",
                Category = "billing",
                Severity = ComplaintSeverity.Normal,
                Contact = new CustomerContactInput { Name = "Zhang San", Phone = "+86 21 5555 0101", Email = "zhang@globex.example" },
                Actor = "agent-wang",
            })).Complaint.Id);
        }

        return (agreement.Id, [.. filed]);
    }
}
