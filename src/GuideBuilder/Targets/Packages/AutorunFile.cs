using System.Text;

namespace GuideBuilder.Targets.Packages;

/// <summary>
/// autorun.inf at the root of the CD-ROM: Explorer shows the guide's title and icon for the
/// disc; shellexecute= opens index.html in the browser where autorun is still allowed (modern
/// Windows only offers it). ASCII when the title is, else UTF-16 with a byte order mark, the
/// Unicode form Windows reads.
/// </summary>
public static class AutorunFile
{
    public static byte[] Write(string title, string iconName, string startPage)
    {
        var label = new string([.. title.Select(c => char.IsControl(c) ? ' ' : c)]).Trim();
        var text = $"[autorun]\r\nlabel={label}\r\nicon={iconName}\r\nshellexecute={startPage}\r\n";
        return text.All(char.IsAscii) ? Encoding.ASCII.GetBytes(text) : [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)];
    }
}
