using System.Text;

namespace GuideBuilder.Tests.Support;

/// <summary>A page rendered by pdftoppm as binary PPM (P6), for sampling the colours a reader sees.</summary>
public sealed class PpmImage
{
    private readonly byte[] _pixels;

    private PpmImage(int width, int height, byte[] pixels)
    {
        Width = width;
        Height = height;
        _pixels = pixels;
    }

    public int Width { get; }

    public int Height { get; }

    public static PpmImage Render(string pdf, int page, int dpi = 20)
    {
        var bytes = ExternalTool.RunBytes("pdftoppm", "-r", dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-f", page.ToString(System.Globalization.CultureInfo.InvariantCulture), "-l", page.ToString(System.Globalization.CultureInfo.InvariantCulture), pdf);
        var fields = new List<string>();
        var position = 0;
        while (fields.Count < 4)
        {
            while (char.IsWhiteSpace((char)bytes[position]))
            {
                position++;
            }

            var start = position;
            while (!char.IsWhiteSpace((char)bytes[position]))
            {
                position++;
            }

            fields.Add(Encoding.ASCII.GetString(bytes, start, position - start));
        }

        fields[0].ShouldBe("P6");
        return new PpmImage(int.Parse(fields[1]), int.Parse(fields[2]), bytes[(position + 1)..]);
    }

    public (int R, int G, int B) At(int x, int y)
    {
        var offset = ((y * Width) + x) * 3;
        return (_pixels[offset], _pixels[offset + 1], _pixels[offset + 2]);
    }

    public static (int R, int G, int B) Hex(string color) =>
        (Convert.ToInt32(color[1..3], 16), Convert.ToInt32(color[3..5], 16), Convert.ToInt32(color[5..7], 16));

    public static bool Near((int R, int G, int B) a, (int R, int G, int B) b, int tolerance = 24) =>
        Math.Abs(a.R - b.R) <= tolerance && Math.Abs(a.G - b.G) <= tolerance && Math.Abs(a.B - b.B) <= tolerance;
}
