using GuideBuilder.Palette;

namespace GuideBuilder.Targets.Packages;

/// <summary>
/// The CD-ROM's icon in Explorer (autorun.inf's icon=): the guide's tab colours as stripes, like
/// the textbook's cover band. Written by hand because no ICO writer is available: a 32-bit
/// bitmap icon is a fixed header and the raw pixels, and every Windows version reads it (an icon
/// holding a PNG needs Vista or later).
/// </summary>
public static class IconFile
{
    private const int Size = 32;
    private const int HeaderSize = 6 + 16;
    private const int BitmapHeaderSize = 40;

    public static byte[] Stripes(IReadOnlyList<string> colours)
    {
        var stripes = colours.Count > 0 ? colours.Select(Srgb.Parse).ToList() : [Srgb.Parse("#455a64")];
        var pixels = Size * Size * 4;
        var mask = Size * (Size / 8); // one bit per pixel, rows already a multiple of 4 bytes: all 0, the alpha channel decides
        var image = BitmapHeaderSize + pixels + mask;
        using var stream = new MemoryStream();
        using var writer = new BinaryWriter(stream);

        // ICONDIR and its one ICONDIRENTRY.
        writer.Write((ushort)0);
        writer.Write((ushort)1);
        writer.Write((ushort)1);
        writer.Write((byte)Size);
        writer.Write((byte)Size);
        writer.Write((byte)0);
        writer.Write((byte)0);
        writer.Write((ushort)1);
        writer.Write((ushort)32);
        writer.Write(image);
        writer.Write(HeaderSize);

        // BITMAPINFOHEADER: the height counts the colour rows and the mask's rows.
        writer.Write(BitmapHeaderSize);
        writer.Write(Size);
        writer.Write(Size * 2);
        writer.Write((ushort)1);
        writer.Write((ushort)32);
        writer.Write(0);
        writer.Write(pixels + mask);
        writer.Write(0);
        writer.Write(0);
        writer.Write(0);
        writer.Write(0);

        // Rows bottom-up, each pixel blue, green, red, alpha.
        for (var y = 0; y < Size; y++)
        {
            for (var x = 0; x < Size; x++)
            {
                var colour = stripes[x * stripes.Count / Size];
                writer.Write(colour.B);
                writer.Write(colour.G);
                writer.Write(colour.R);
                writer.Write((byte)255);
            }
        }

        writer.Write(new byte[mask]);
        writer.Flush();
        return stream.ToArray();
    }
}
