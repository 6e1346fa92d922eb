using TextNorm.Repair;
using Xunit.Abstractions;

namespace TextNorm.Tests.Repair;

/// <summary>
/// Clean text damaged programmatically (<see cref="DamageGenerator"/>), then repaired. Per kind: exact recall (the clean
/// line comes back), near recall (at most one character lost or wrong: a lost byte made it unrecoverable), and false
/// repairs (a repair outside the damaged span). The floors are below the measured figures (see the test output).
/// </summary>
public class GeneratedDamageTests
{
    private const int Trials = 400;
    private readonly ITestOutputHelper _output;

    public GeneratedDamageTests(ITestOutputHelper output) => _output = output;

    private sealed record Figures(string Kind, int Trials, int Exact, int Near, int Within2, int Improved, int FalseRepairs, double Undone)
    {
        public double ExactRate => (double)Exact / Trials;
        public double NearRate => (double)Near / Trials;
        public double Within2Rate => (double)Within2 / Trials;
        public double ImprovedRate => (double)Improved / Trials;
        public override string ToString() =>
            $"{Kind}: {Trials} damaged lines, exact {ExactRate:P1}, within 1 char {NearRate:P1}, within 2 chars {Within2Rate:P1}, closer to clean {ImprovedRate:P1}, damage undone {Undone:P1}, false repairs {FalseRepairs}";
    }

    private Figures Measure(string kind, Func<string, Random, Damage?> damage)
    {
        var lines = DamageGenerator.CleanLines();
        var random = new Random(20260523);
        int trials = 0, exact = 0, near = 0, within2 = 0, improved = 0, falseRepairs = 0, attempts = 0;
        double undone = 0;
        while (trials < Trials && attempts++ < Trials * 50)
        {
            var line = lines[random.Next(lines.Count)];
            if (damage(line, random) is not { } d || d.Damaged == d.Clean) continue;
            trials++;
            var repairs = MojibakeRepairer.FindRepairs(d.Damaged);
            falseRepairs += repairs.Count(r => r.End <= d.Start || r.Start >= d.Start + d.Length);
            var repaired = MojibakeRepairer.Apply(d.Damaged, repairs);
            if (repaired == d.Clean) exact++;
            var distance = DamageGenerator.Distance(repaired, d.Clean, 2);
            if (distance <= 1) near++;
            if (distance <= 2) within2++;
            var before = DamageGenerator.Distance(d.Damaged, d.Clean, 1000);
            var after = DamageGenerator.Distance(repaired, d.Clean, 1000);
            if (after < before) improved++;
            undone += (double)(before - after) / before;
        }
        var figures = new Figures(kind, trials, exact, near, within2, improved, falseRepairs, undone / Math.Max(1, trials));
        _output.WriteLine(figures.ToString());
        Assert.Equal(Trials, trials);
        return figures;
    }

    [Fact]
    public void Utf8_spans_read_as_gbk_are_restored()
    {
        var f = Measure("utf8-as-gbk span", (l, r) => DamageGenerator.Utf8Misread(l, r, asGbk: true));
        Assert.True(f.ExactRate >= 0.45, f.ToString());
        Assert.True(f.NearRate >= 0.85, f.ToString());
        Assert.True(f.Undone >= 0.85, f.ToString());
        Assert.True(f.FalseRepairs <= Trials / 100, f.ToString());
    }

    [Fact]
    public void Whole_lines_read_as_gbk_are_restored()
    {
        var f = Measure("utf8-as-gbk line", (l, _) => DamageGenerator.WholeLineAsGbk(l));
        Assert.True(f.ImprovedRate >= 0.95, f.ToString());
        Assert.True(f.Undone >= 0.80, f.ToString());
        Assert.True(f.FalseRepairs == 0, f.ToString());
    }

    [Fact]
    public void Utf8_spans_read_as_latin1_are_restored()
    {
        var f = Measure("utf8-as-latin1 span", (l, r) => DamageGenerator.Utf8Misread(l, r, asGbk: false));
        Assert.True(f.ExactRate >= 0.95, f.ToString());
        Assert.True(f.FalseRepairs == 0, f.ToString());
    }

    [Fact]
    public void Gbk_out_of_step_is_realigned()
    {
        var f = Measure("gbk-shift", DamageGenerator.GbkShift);
        Assert.True(f.Within2Rate >= 0.80, f.ToString());
        Assert.True(f.ImprovedRate >= 0.65, f.ToString());
        Assert.True(f.FalseRepairs <= Trials / 100, f.ToString());
    }

    [Fact]
    public void Clean_lines_get_no_repair()
    {
        var lines = DamageGenerator.CleanLines();
        var touched = lines.Where(l => MojibakeRepairer.FindRepairs(l).Count > 0).ToList();
        _output.WriteLine($"clean lines: {lines.Count}, repaired: {touched.Count}");
        Assert.Empty(touched);
    }
}
