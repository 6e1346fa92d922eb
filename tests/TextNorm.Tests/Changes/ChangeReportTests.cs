namespace TextNorm.Tests.Changes;

public class ChangeReportTests
{
    [Fact]
    public void Decisions_are_listed_but_are_not_changes()
    {
        var log = new ChangeLog(10);
        log.Record(ChangeKinds.Encoding, 0, "", "gb18030");
        log.Record(ChangeKinds.ScriptDecision, 0, "", "t2s");
        var report = log.ToReport();
        Assert.True(report.IsEmpty);
        Assert.Equal(0, report.Total);
        Assert.Equal(2, report.Items.Count);
    }

    [Fact]
    public void Counts_stay_exact_when_items_are_capped()
    {
        var log = new ChangeLog(2);
        for (var i = 0; i < 5; i++) log.Record(ChangeKinds.Whitespace, i, " ", "");
        log.Count(ChangeKinds.BlankLine, 3);
        var report = log.ToReport();
        Assert.Equal(2, report.Items.Count);
        Assert.Equal(3, report.DroppedItems);
        Assert.Equal(5, report.Count(ChangeKinds.Whitespace));
        Assert.Equal(8, report.Total);
        Assert.False(report.IsEmpty);
    }

    [Fact]
    public void Totals_sum_reports_of_many_documents()
    {
        var totals = new ChangeTotals();
        var a = new ChangeLog(10);
        a.Count(ChangeKinds.PinyinAnnotation, 4);
        var b = new ChangeLog(10);
        b.Count(ChangeKinds.PinyinAnnotation, 1);
        b.Count(ChangeKinds.Whitespace, 2);
        totals.Add(a.ToReport());
        totals.Add(b.ToReport());
        Assert.Equal(2, totals.Documents);
        Assert.Equal(5, totals.Counts[ChangeKinds.PinyinAnnotation]);
        Assert.Equal(2, totals.Counts[ChangeKinds.Whitespace]);
    }

    [Fact]
    public void Long_spans_are_clipped_in_items()
    {
        var log = new ChangeLog(10);
        log.Record(ChangeKinds.Unrecoverable, 0, new string('?', 500), "");
        Assert.Equal(200, log.ToReport().Items[0].Before.Length);
    }
}
