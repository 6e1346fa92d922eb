using System.Text;
using TextNorm.Conversion.Engine;

namespace TextNorm.Tests.Conversion;

/// <summary>
/// A test corpus that exercises a preset's dictionaries: the seeds, every key of every dictionary the preset uses in
/// running text, keys glued together so that phrases overlap and compete, Simplified text mixed in, and characters
/// outside the BMP. Deterministic (fixed seed). Lines are kept short-ish; the whole is a few MB at most.
/// </summary>
internal static class ConversionCorpus
{
    /// <param name="preset">The preset whose dictionaries to cover.</param>
    /// <param name="forCpp">
    /// Leave out what Debian's OpenCC 1.1.6 (with the reference's <c>t2s.json</c>) handles differently from OpenCC 1.4.2
    /// by design: CJK Compatibility Ideographs (1.4.2 normalizes them first) and Ideographic Description Sequences
    /// (1.4.2 keeps them whole).
    /// </param>
    public static string Build(string preset, bool forCpp = false)
    {
        var definition = PresetDefinitions.Find(preset) ?? throw new ArgumentException(preset);
        var random = new Random(20171023);
        var names = definition.Chain.SelectMany(g => g).Concat(definition.Segmentation ?? []).Distinct().ToArray();
        var dictionaries = names.Select(DictionaryEntries.Load).ToArray();
        var keys = dictionaries.SelectMany(d => d.Entries.Select(e => e.Key)).Distinct().ToArray();
        var values = dictionaries.SelectMany(d => d.Entries.Select(e => e.Value)).Distinct().ToArray();
        var filler = SeedText();
        var sb = new StringBuilder();

        sb.Append(filler).Append('\n');

        // Every key in running text, between pieces of the seeds.
        var line = new StringBuilder();
        foreach (var key in keys)
        {
            line.Append(Piece(filler, random, 0, 4)).Append(key);
            if (line.Length > 200) Flush(sb, line);
        }
        Flush(sb, line);

        // Keys glued together: neighbours overlap, longer and shorter phrases compete.
        var shuffled = keys.OrderBy(_ => random.Next()).ToArray();
        foreach (var key in shuffled)
        {
            line.Append(key);
            if (random.Next(8) == 0) line.Append(Piece(filler, random, 1, 3));
            if (line.Length > 200) Flush(sb, line);
        }
        Flush(sb, line);

        // Overlapping keys: "AB" + "BC" written as "ABC", so the segmentation and each group must pick the same cut
        // as OpenCC (a phrase of one dictionary hiding the start of another's).
        var byFirst = keys.Where(k => k.Length > 1).GroupBy(k => k[0]).ToDictionary(g => g.Key, g => g.ToArray());
        foreach (var key in shuffled.Take(30000))
        {
            var emitted = 0;
            for (var p = 1; p < key.Length && emitted < 2; p++)
            {
                if (char.IsLowSurrogate(key[p]) || !byFirst.TryGetValue(key[p], out var candidates)) continue;
                var tail = key.AsSpan(p);
                foreach (var other in candidates)
                {
                    if (other.Length <= tail.Length || !other.AsSpan().StartsWith(tail)) continue;
                    line.Append(key.AsSpan(0, p)).Append(other).Append('，');
                    emitted++;
                    break;
                }
            }
            if (line.Length > 200) Flush(sb, line);
        }
        Flush(sb, line);

        // Prefixes and suffixes of phrases glued to other phrases (partial matches that must fall back).
        foreach (var key in shuffled.Where(k => k.Length > 2).Take(20000))
        {
            var cut = 1 + random.Next(key.Length - 1);
            if (char.IsLowSurrogate(key[cut])) cut--;
            if (cut <= 0) continue;
            line.Append(key[..cut]).Append(shuffled[random.Next(shuffled.Length)]).Append(key[cut..]);
            if (line.Length > 200) Flush(sb, line);
        }
        Flush(sb, line);

        // Converted forms (Simplified or regional) in running text, mixed with the originals.
        foreach (var value in values.OrderBy(_ => random.Next()))
        {
            line.Append(value);
            if (random.Next(3) == 0) line.Append(keys[random.Next(keys.Length)]);
            if (line.Length > 200) Flush(sb, line);
        }
        Flush(sb, line);

        // Characters outside the BMP: dictionary ones and others, next to phrases.
        var supplementary = keys.Concat(values).Where(s => s.Any(char.IsSurrogate)).ToArray();
        for (var i = 0; i < 3000; i++)
        {
            line.Append(supplementary.Length > 0 && random.Next(2) == 0
                ? supplementary[random.Next(supplementary.Length)]
                : char.ConvertFromUtf32(0x20000 + random.Next(0x2A6DF - 0x20000)));
            line.Append(keys[random.Next(keys.Length)]);
            if (random.Next(4) == 0) line.Append("😀a𝐀");
            if (line.Length > 200) Flush(sb, line);
        }
        Flush(sb, line);

        if (!forCpp)
        {
            // CJK Compatibility Ideographs (normalized first) and description sequences (kept whole).
            for (var i = 0; i < 400; i++)
            {
                line.Append(char.ConvertFromUtf32(0xF900 + random.Next(0x1DA)));
                line.Append(keys[random.Next(keys.Length)]);
                if (random.Next(3) == 0) line.Append(char.ConvertFromUtf32(0x2F800 + random.Next(0x21D)));
                if (random.Next(5) == 0) line.Append("⿰糹會⿱艹⿰氵去⿲").Append(keys[random.Next(keys.Length)]).Append("之後");
                if (line.Length > 200) Flush(sb, line);
            }
            Flush(sb, line);
            sb.Append("結尾⿰漢。⿳國家人\n");
        }

        // ASCII and punctuation between conversions.
        sb.Append("English text, 123 numbers; 臺灣 Taiwan (臺北) \"quotes\" — 資訊 e-mail@example.com\n");
        return sb.ToString();
    }

    private static void Flush(StringBuilder sb, StringBuilder line)
    {
        if (line.Length == 0) return;
        sb.Append(line).Append('\n');
        line.Clear();
    }

    private static string Piece(string filler, Random random, int min, int max)
    {
        var length = random.Next(min, max + 1);
        if (length == 0) return "";
        var start = random.Next(filler.Length - length);
        if (char.IsLowSurrogate(filler[start])) start++;
        var piece = filler.Substring(start, length);
        return char.IsHighSurrogate(piece[^1]) ? piece[..^1] : piece;
    }

    /// <summary>The seeds' text, one article after another (their own damage included: it is all valid input).</summary>
    public static string SeedText()
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "seeds");
        var files = Directory.GetFiles(dir, "*.txt").Order(StringComparer.Ordinal).ToArray();
        if (files.Length == 0) throw new InvalidOperationException($"No seed articles in {dir}.");
        return string.Join('\n', files.Select(File.ReadAllText)).Replace("\r", "", StringComparison.Ordinal).Replace("\0", "", StringComparison.Ordinal);
    }
}
