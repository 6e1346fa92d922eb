using TextNorm.Boilerplate;
using TextNorm.Conversion;
using TextNorm.Repair;

namespace TextNorm.Tests.Reliability;

/// <summary>Shared normalizers and iteration counts of the property tests.</summary>
internal static class PropertySettings
{
    /// <summary>Iterations per property; <c>TEXTNORM_PROPERTY_ITER</c> raises it for a long local run (CsCheck's own <c>CsCheck_Seed</c> replays a failure).</summary>
    public static long Iterations(long normal) =>
        long.TryParse(Environment.GetEnvironmentVariable("TEXTNORM_PROPERTY_ITER"), out var n) && n > 0 ? n : normal;

    public static readonly TextNormalizer Default = new();

    /// <summary>The default normalizer and the variants with one optional stage switched off: every one must keep the properties.</summary>
    public static readonly string[] VariantNames = ["default", "no-repair", "no-conversion", "no-boilerplate"];

    public static TheoryData<string> Variants => [.. VariantNames];

    private static readonly Dictionary<string, TextNormalizer> ByName = new()
    {
        ["default"] = Default,
        ["no-repair"] = new(TextNormalizerOptions.Default with { Repair = RepairOptions.Disabled }),
        ["no-conversion"] = new(TextNormalizerOptions.Default with { Conversion = ConversionOptions.Disabled }),
        ["no-boilerplate"] = new(TextNormalizerOptions.Default with { Boilerplate = BoilerplateOptions.Disabled }),
    };

    public static TextNormalizer Get(string variant) => ByName[variant];
}
