using System.Text;

namespace GuideBuilder.Translations.Xliff;

/// <summary>A unit's content written as one string, to tell whether two versions of a unit are the same.</summary>
public static class XliffContentKey
{
    public static string Of(IReadOnlyList<XliffPart> content, IReadOnlyList<XliffCode> codes)
    {
        var builder = new StringBuilder();
        Append(builder, content, codes);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, IReadOnlyList<XliffPart> content, IReadOnlyList<XliffCode> codes)
    {
        foreach (var part in content)
        {
            switch (part)
            {
                case XliffText text:
                    builder.Append(text.Text);
                    break;
                case XliffPlaceholder placeholder:
                    builder.Append("\u0002ph\u0001").Append(codes.FirstOrDefault(c => c.Id == placeholder.Id)?.Start).Append('\u0003');
                    break;
                case XliffPaired paired:
                    var code = codes.FirstOrDefault(c => c.Id == paired.Id);
                    builder.Append("\u0002pc\u0001").Append(code?.Start).Append('\u0003');
                    Append(builder, paired.Children, codes);
                    builder.Append("\u0002/pc\u0001").Append(code?.End).Append('\u0003');
                    break;
            }
        }
    }
}
