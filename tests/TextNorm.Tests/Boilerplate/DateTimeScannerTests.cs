using TextNorm.Boilerplate;

namespace TextNorm.Tests.Boilerplate;

public class DateTimeScannerTests
{
    [Theory]
    [InlineData("2017-10-23 08:38:12 来源：临汾新闻网", "2017-10-23T08:38:12")]
    [InlineData("2019年1月30日 09:22", "2019-01-30T09:22")]
    [InlineData("2019年01月30日09:22", "2019-01-30T09:22")]
    [InlineData("2019/01/30", "2019-01-30")]
    [InlineData("2019.1.3", "2019-01-03")]
    [InlineData("发布时间：2021-09-08 16:30", "2021-09-08T16:30")]
    [InlineData("2024-03-05T11:20:00", "2024-03-05T11:20:00")]
    [InlineData("（ 2022年12月12日 第 01 版）", "2022-12-12")]
    public void Printed_dates_become_iso_8601_as_printed(string line, string iso)
    {
        Assert.True(DateTimeScanner.TryFind(line, out var found));
        Assert.Equal(iso, found.Iso);
    }

    [Theory]
    [InlineData("总产量1.3万亿斤")]
    [InlineData("2019-13-01")]
    [InlineData("2019-01-32")]
    [InlineData("12019-01-01")]
    [InlineData("2019年度报告")]
    [InlineData("1月30日")]
    public void Other_numbers_are_not_dates(string line)
    {
        Assert.False(DateTimeScanner.TryFind(line, out _));
    }
}
