using System.Text;
using System.Text.RegularExpressions;
using TextNorm.Conversion.Engine;

namespace TextNorm.Benchmarks.Conversion;

/// <summary>
/// Benchmark input: Traditional Chinese news text. The seeds' sentences without pinyin annotations, shuffled and
/// repeated, plus generated text (Traditional characters and phrases of the t2s dictionaries between common words).
/// Deterministic, so the host process (for the throughput columns) and the benchmark process build the same text.
/// </summary>
internal static class TraditionalText
{
    public const int TargetLength = 4_000_000;

    private static readonly Lazy<string> NewsText = new(() => Build(TargetLength));
    private static readonly Lazy<string> SimplifiedNewsText = new(() => TextNorm.Conversion.OpenCcConverter.FromPreset("t2s").Convert(NewsText.Value));

    public static string News => NewsText.Value;

    public static string SimplifiedNews => SimplifiedNewsText.Value;

    private static readonly Regex PinyinAnnotation = new(@"\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]+\)", RegexOptions.NonBacktracking);

    private static string Build(int length)
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "seeds");
        var seeds = string.Join('\n', Directory.GetFiles(dir, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText));
        seeds = PinyinAnnotation.Replace(seeds, "");
        var sentences = seeds.Split(['。', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => s + "。").ToArray();
        var tsCharacters = DictionaryEntries.Load("TSCharacters").Entries.Select(e => e.Key).Where(k => k.Length == 1).ToArray();
        var tsPhrases = DictionaryEntries.Load("TSPhrases").Entries.Select(e => e.Key).ToArray();
        const string Common = "的一是在不了有和人這中大為上個國我以要他時來用們生到作地於出就分對成會可主發年動同工也能下過子說產種面而方後多定行學法所民得經十三之進著等部度家電力裡如水化高自二理起小物現實加量都兩體制機當使點從業本去把性好應開它合還因由其些然前外天政四日那社義事平形相全表間樣與關各重新線內數正心反你明看原又麼利比或但質氣第向道命此變條只沒結解問意建月公無系軍很情者最立代想已通並提直題黨程展五果料象員革位入常文總次品式活設及管特件長求老頭基資邊流路級少圖山統接知較將組見計別她手角期根論運農指幾九區強放決西被幹做必戰先回則任取據處府研";
        var random = new Random(42);
        var sb = new StringBuilder(length + 1000);
        while (sb.Length < length)
        {
            // Mostly real sentences; every fifth paragraph generated.
            if (random.Next(5) > 0)
            {
                for (var i = 0; i < 6; i++) sb.Append(sentences[random.Next(sentences.Length)]);
            }
            else
            {
                for (var i = 0; i < 120; i++)
                {
                    var pick = random.Next(10);
                    if (pick < 6) sb.Append(Common[random.Next(Common.Length)]);
                    else if (pick < 9) sb.Append(tsCharacters[random.Next(tsCharacters.Length)]);
                    else sb.Append(tsPhrases[random.Next(tsPhrases.Length)]);
                    if (random.Next(25) == 0) sb.Append('，');
                }
                sb.Append('。');
            }
            sb.Append('\n');
        }
        return sb.ToString();
    }
}
