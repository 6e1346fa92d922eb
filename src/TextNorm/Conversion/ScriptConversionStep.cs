using TextNorm.Pipeline;

namespace TextNorm.Conversion;

/// <summary>
/// Traditional → Simplified (spec rule 10). In automatic mode the document's script is decided from
/// <see cref="ScriptEvidence"/>: Traditional text goes through <c>tw2s</c> (隨著 → 随着, 顯著 → 显著), Simplified
/// text through <c>t2s</c>, which leaves it as it is (<c>tw2s</c> would turn 显著 into 显着). When paragraphs
/// (lines) disagree, each is converted by its own verdict; a paragraph without evidence follows the document. A
/// document without any evidence is left alone. The Simplified path is <c>t2s</c> that also leaves the Simplified
/// phrases <c>t2s</c> itself writes as they are (乾佑县 stays, where plain <c>t2s</c> would make it 干佑县), applied
/// until nothing changes; the Traditional path settles <c>tw2s</c>'s output the same way. A second run over the
/// output therefore changes nothing. (This differs from plain OpenCC only where OpenCC's rules fire on their own
/// output, a few characters per million.) The decisions are recorded as <see cref="ChangeKinds.ScriptDecision"/>
/// (After = preset, or <c>none</c>), the converted characters counted as <see cref="ChangeKinds.ScriptConversion"/>.
/// </summary>
internal sealed class ScriptConversionStep : ITextStep
{
    internal const string TraditionalPreset = "tw2s";
    internal const string SimplifiedPreset = "t2s";
    internal const string NoConversion = "none";

    /// <summary>Individual conversions recorded per document; the rest are only counted.</summary>
    private const int MaxRecordedConversions = 20;

    private readonly ConversionOptions _options;

    public ScriptConversionStep(ConversionOptions options) => _options = options;

    public string Name => StepNames.Script;

    public string Apply(string text, StepContext context)
    {
        if (text.Length == 0) return text;
        if (_options.Mode == ScriptConversionMode.Fixed)
        {
            var converter = _options.Converter ?? OpenCcConverter.FromPreset(_options.Preset);
            context.Changes.Record(ChangeKinds.ScriptDecision, 0, "", converter is OpenCcConverter o ? o.Preset : converter.GetType().Name);
            return SettleFixed(ConvertAndReport(text, converter, context), converter, context);
        }
        // The automatic path converts with settled converters (see SettledTraditional, SettledSimplified).
        return ApplyAutomatic(text, context);
    }

    /// <summary>
    /// OpenCC looks each character or phrase up once, and a few of its mappings chain (<c>薴 → 苧 → 苎</c>), so a second
    /// normalization converted again (not idempotent). Converting the result again until nothing changes (at most twice;
    /// the dictionaries' chains are short) settles it. Text without such chains pays one fast scan.
    /// </summary>
    private static string SettleFixed(string text, IChineseConverter converter, StepContext context)
    {
        for (var round = 0; round < 2; round++)
        {
            var again = converter.Convert(text);
            if (ReferenceEquals(again, text) || again == text) break;
            ReportConversions(text, again, 0, context, 0);
            text = again;
        }
        return text;
    }

    private static string ApplyAutomatic(string text, StepContext context)
    {
        var paragraphs = Paragraphs(text);
        var total = default(ScriptCounts);
        foreach (var p in paragraphs) total += p.Counts;
        var documentScript = total.Verdict;
        if (documentScript == Script.Unknown && total.Traditional == 0)
        {
            // No Traditional-only character at all: nothing for either preset to decide on.
            context.Changes.Record(ChangeKinds.ScriptDecision, 0, "", total.Simplified > 0 ? SimplifiedPreset : NoConversion);
            return total.Simplified > 0 ? ConvertAndReport(text, ConverterFor(Script.Simplified), context) : text;
        }
        if (documentScript == Script.Unknown) documentScript = Script.Simplified; // a tie: t2s leaves Simplified text alone

        var mixed = paragraphs.Exists(p => Resolve(p.Counts.Verdict, documentScript) != documentScript);
        if (!mixed)
        {
            var preset = PresetFor(documentScript);
            context.Changes.Record(ChangeKinds.ScriptDecision, 0, "", preset);
            return ConvertAndReport(text, ConverterFor(documentScript), context);
        }

        // Mixed: convert each run of paragraphs that share a verdict with that verdict's preset.
        var result = new PooledText(text.Length + 16);
        var runStart = 0;
        var recorded = 0;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var script = Resolve(paragraphs[i].Counts.Verdict, documentScript);
            var last = i == paragraphs.Count - 1;
            if (!last && Resolve(paragraphs[i + 1].Counts.Verdict, documentScript) == script) continue;
            var start = paragraphs[runStart].Start;
            var end = last ? text.Length : paragraphs[i + 1].Start;
            var preset = PresetFor(script);
            context.Changes.Record(ChangeKinds.ScriptDecision, start, "", preset);
            var piece = text[start..end];
            var converted = ConvertText(ConverterFor(script), piece);
            recorded = ReportConversions(piece, converted, start, context, recorded);
            result.Append(converted);
            runStart = i + 1;
        }
        return result.ToStringAndDispose(text);
    }

    /// <summary>A growable output buffer from <see cref="System.Buffers.ArrayPool{T}"/> (a StringBuilder of the document's size zeroes and copies megabytes).</summary>
    private struct PooledText
    {
        private char[] _buffer;
        private int _length;

        public PooledText(int capacity)
        {
            _buffer = System.Buffers.ArrayPool<char>.Shared.Rent(capacity);
            _length = 0;
        }

        public void Append(ReadOnlySpan<char> text)
        {
            if (_length + text.Length > _buffer.Length)
            {
                var bigger = System.Buffers.ArrayPool<char>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + text.Length));
                _buffer.AsSpan(0, _length).CopyTo(bigger);
                System.Buffers.ArrayPool<char>.Shared.Return(_buffer);
                _buffer = bigger;
            }
            text.CopyTo(_buffer.AsSpan(_length));
            _length += text.Length;
        }

        public void Append(char c) => Append(new ReadOnlySpan<char>(in c));

        /// <summary>The text written, or <paramref name="same"/> itself when it is equal; returns the buffer to the pool.</summary>
        public string ToStringAndDispose(string same)
        {
            var written = _buffer.AsSpan(0, _length);
            var output = written.SequenceEqual(same) ? same : new string(written);
            System.Buffers.ArrayPool<char>.Shared.Return(_buffer);
            _buffer = [];
            return output;
        }
    }

    private static Script Resolve(Script paragraph, Script document) => paragraph == Script.Unknown ? document : paragraph;

    private static string PresetFor(Script script) => script == Script.Traditional ? TraditionalPreset : SimplifiedPreset;

    private static IChineseConverter ConverterFor(Script script) =>
        script == Script.Traditional ? SettledTraditional.Instance : SettledSimplified.Instance;

    /// <summary>
    /// Applies the stable <c>t2s</c> until nothing changes (OpenCC's phrase rules can fire on their own output, e.g.
    /// 瀋下 → 沈下 → 沉下); two or three rounds at most in practice, capped so that the time stays linear.
    /// </summary>
    private static string Settle(string text)
    {
        for (var round = 0; round < MaxSettleRounds; round++)
        {
            var next = OpenCcConverter.StableSimplified.Convert(text);
            if (ReferenceEquals(next, text)) break;
            text = next;
        }
        return text;
    }

    private const int MaxSettleRounds = 4;

    /// <summary><c>tw2s</c>, then settled (see <see cref="Settle(string)"/>), so that normalizing the output again changes nothing.</summary>
    private sealed class SettledTraditional : IChineseConverter
    {
        public static readonly SettledTraditional Instance = new();

        public string Convert(string text) => Settle(OpenCcConverter.FromPreset(TraditionalPreset).Convert(text));

        public void Convert(ReadOnlySpan<char> text, System.Buffers.IBufferWriter<char> destination) =>
            System.Buffers.BuffersExtensions.Write(destination, Convert(text.ToString()).AsSpan());
    }

    /// <summary>The stable <c>t2s</c>, settled.</summary>
    private sealed class SettledSimplified : IChineseConverter
    {
        public static readonly SettledSimplified Instance = new();

        public string Convert(string text) => Settle(text);

        public void Convert(ReadOnlySpan<char> text, System.Buffers.IBufferWriter<char> destination) =>
            System.Buffers.BuffersExtensions.Write(destination, Convert(text.ToString()).AsSpan());
    }

    /// <summary>
    /// Converts <paramref name="text"/>; line by line when it holds an ideographic description character, because
    /// OpenCC lets a description sequence left open at the end of a line take its components from the next line, so the
    /// result would depend on how the text was cut into runs of paragraphs (and a second pass could cut it differently).
    /// </summary>
    private static string ConvertText(IChineseConverter converter, string text)
    {
        if (!ScriptEvidence.HasDescriptionCharacter(text)) return converter.Convert(text);
        var result = new PooledText(text.Length + 16);
        var start = 0;
        while (true)
        {
            var end = text.IndexOf('\n', start);
            var line = text[start..(end < 0 ? text.Length : end)];
            result.Append(converter.Convert(line));
            if (end < 0) break;
            result.Append('\n');
            start = end + 1;
        }
        return result.ToStringAndDispose(text);
    }

    private static string ConvertAndReport(string text, IChineseConverter converter, StepContext context)
    {
        var converted = ConvertText(converter, text);
        if (!ReferenceEquals(converted, text)) ReportConversions(text, converted, 0, context, 0);
        return converted;
    }

    /// <summary>
    /// Counts the converted characters line by line (conversion never moves a line break) and records the first few
    /// changed spans. Returns the number of records made so far.
    /// </summary>
    private static int ReportConversions(string before, string after, int offset, StepContext context, int recorded)
    {
        var b = before.AsSpan();
        var a = after.AsSpan();
        var position = offset;
        // Spans past the recorded ones are only counted, here, and added to the log once (a Traditional document has a
        // changed span every few characters).
        var report = new ConversionReport(context, recorded);
        while (true)
        {
            // Skip the unchanged lines in one vectorized comparison: up to the start of the line of the first difference
            // (lines correspond one to one, so the same length of both is skipped).
            var same = b.CommonPrefixLength(a);
            if (same == b.Length && same == a.Length) break;
            var lineStart = b[..same].LastIndexOf('\n') + 1;
            position += lineStart;
            b = b[lineStart..];
            a = a[lineStart..];
            var bEnd = b.IndexOf('\n');
            var aEnd = a.IndexOf('\n');
            var bLine = bEnd < 0 ? b : b[..bEnd];
            var aLine = aEnd < 0 ? a : a[..aEnd];
            ReportLine(bLine, aLine, position, ref report);
            if (bEnd < 0 || aEnd < 0) break;
            position += bEnd + 1;
            b = b[(bEnd + 1)..];
            a = a[(aEnd + 1)..];
        }
        context.Changes.Count(ChangeKinds.ScriptConversion, report.Unrecorded);
        return report.Recorded;
    }

    private static void ReportLine(ReadOnlySpan<char> before, ReadOnlySpan<char> after, int position, ref ConversionReport report)
    {
        if (before.Length != after.Length)
        {
            // A phrase changed length: report the span between the common prefix and suffix.
            var prefix = before.CommonPrefixLength(after);
            var suffix = 0;
            while (suffix < before.Length - prefix && suffix < after.Length - prefix && before[^(suffix + 1)] == after[^(suffix + 1)]) suffix++;
            var from = before[prefix..^suffix];
            var to = after[prefix..^suffix];
            report.Add(from, to, position + prefix, Math.Max(from.Length, to.Length));
            return;
        }
        var i = before.CommonPrefixLength(after);
        while (i < before.Length)
        {
            if (before[i] == after[i])
            {
                i++;
                continue;
            }
            var start = i;
            while (i < before.Length && before[i] != after[i]) i++;
            report.Add(before[start..i], after[start..i], position + start, i - start);
        }
    }

    /// <summary>The first <see cref="MaxRecordedConversions"/> changed spans of a document are recorded, the rest counted.</summary>
    private ref struct ConversionReport(StepContext context, int recorded)
    {
        public int Recorded = recorded;
        public int Unrecorded;

        public void Add(ReadOnlySpan<char> from, ReadOnlySpan<char> to, int position, int characters)
        {
            if (Recorded < MaxRecordedConversions)
            {
                context.Changes.Record(ChangeKinds.ScriptConversion, position, from, to);
                Unrecorded += characters - 1;
                Recorded++;
                return;
            }
            Unrecorded += characters;
        }
    }

    private readonly record struct Paragraph(int Start, ScriptCounts Counts);

    private static List<Paragraph> Paragraphs(string text)
    {
        var list = new List<Paragraph>();
        var descriptions = ScriptEvidence.HasDescriptionCharacter(text);
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            list.Add(new Paragraph(start, ScriptEvidence.Count(text.AsSpan(start, end - start), descriptions)));
            start = end + 1;
        }
        return list;
    }
}
