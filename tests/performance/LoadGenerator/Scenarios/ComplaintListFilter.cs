namespace Platform.LoadGenerator.Scenarios;

/// <summary>The filters the list-complaints scenarios put on ListComplaints.</summary>
internal enum ComplaintListFilter
{
    /// <summary>The agreement's complaints.</summary>
    None,

    /// <summary>The agreement's complaints still waiting for a first response (status RECEIVED).</summary>
    Received,

    /// <summary>The agreement's overdue complaints.</summary>
    Overdue,

    /// <summary>The overdue complaints of every agreement.</summary>
    OverdueEverywhere,

    /// <summary>The second page of the agreement's complaints (with the first page's token).</summary>
    SecondPage,
}
