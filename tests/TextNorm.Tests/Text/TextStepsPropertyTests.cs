using System.Text;
using TextNorm.Pipeline;
using TextNorm.Text;

namespace TextNorm.Tests.Text;

/// <summary>
/// Random text built from the pieces the rules care about (Han, both widths of punctuation, spaces of every kind,
/// digits, Latin, pinyin, URLs, controls, surrogates): every step and the whole normalizer must be idempotent and the
/// output must keep the output form. A fixed seed keeps failures reproducible.
/// </summary>
public class TextStepsPropertyTests
{
    private static readonly string[] Pieces =
    [
        "中", "国", "的", "設", "经济", "𠀋", "😀", "(", ")", "（", "）", ",", "，", "。", "、", "；", ";", ":", "：", "?", "？", "!", "！",
        " ", "  ", "\u00A0", "\u3000", "\t", "\n", "\n\n", "\r", "\r\n", "\u2028", "1", "2", "09:22", "1,000", "a", "b", "A", "Li",
        "“", "”", "‘", "’", "…", "—", "·", "shè", "lian", "(shè)", "（jīng）", "(see)", "(GDP)", "(2019)", "http://a.b/c,d?e=1", "x@y.z",
        "www.e.com", "printf(", "\u200B", "\u200D", "\u0007", "\u0085", "\u00AD", "\uFEFF", "\uD800", "\uDC00", "ＡＢ", "１２", "％", "%", "+",
        ".", "'", "《", "》", "【", "】",
    ];

    private static readonly ITextStep[] Steps =
    [
        new ControlCharacterStep(), new FullWidthAlphanumericStep(), new PinyinAnnotationStep(), new PunctuationWidthStep(),
        new DoubledPunctuationStep(), new WhitespaceStep(), new OutputFormStep(),
    ];

    public static IEnumerable<object[]> Samples()
    {
        var random = new Random(20261123);
        for (var n = 0; n < 5000; n++)
        {
            var sb = new StringBuilder();
            var length = random.Next(0, 24);
            for (var i = 0; i < length; i++) sb.Append(Pieces[random.Next(Pieces.Length)]);
            yield return [sb.ToString()];
        }
    }

    [Fact]
    public void Every_step_is_idempotent_on_random_text()
    {
        var failures = new List<string>();
        foreach (var sample in Samples())
        {
            var input = (string)sample[0];
            foreach (var step in Steps)
            {
                var once = StepRunner.Run(step, input);
                var twice = StepRunner.Run(step, once);
                if (once != twice) failures.Add($"{step.Name}: {Escape(input)} → {Escape(once)} → {Escape(twice)}");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
    }

    [Fact]
    public void Normalizer_is_idempotent_and_keeps_the_output_form_on_random_text()
    {
        var failures = new List<string>();
        foreach (var sample in Samples())
        {
            var input = (string)sample[0];
            var once = TextNormalizer.Default.Normalize(input);
            var twice = TextNormalizer.Default.Normalize(once);
            if (once != twice) failures.Add($"not idempotent: {Escape(input)} → {Escape(once)} → {Escape(twice)}");
            if (!IsInOutputForm(once)) failures.Add($"bad form: {Escape(input)} → {Escape(once)}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
    }

    private static bool IsInOutputForm(string text)
    {
        if (text.Length == 0) return true;
        if (!text.EndsWith('\n') || text.Contains('\r', StringComparison.Ordinal)) return false;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && (i + 1 >= text.Length || !char.IsLowSurrogate(text[++i]))) return false;
            if (char.IsLowSurrogate(text[i]) && (i == 0 || !char.IsHighSurrogate(text[i - 1]))) return false;
        }
        foreach (var line in text[..^1].Split('\n'))
            if (line.Length == 0 || CharClass.IsInlineSpace(line[0]) || CharClass.IsInlineSpace(line[^1])) return false;
        return true;
    }

    private static string Escape(string s)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in s)
            sb.Append(c < ' ' || char.IsSurrogate(c) || c is '\u0085' or '\u00A0' or '\u3000' or '\u2028' or '\u200B' or '\u200D' or '\u00AD' or '\uFEFF'
                ? $"\\u{(int)c:X4}" : c.ToString());
        return sb.Append('"').ToString();
    }
}
