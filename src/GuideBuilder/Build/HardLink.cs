using System.Runtime.InteropServices;

namespace GuideBuilder.Build;

/// <summary>
/// A second name for an existing file. .NET has no API for hard links (only symbolic ones), so the
/// two system calls are declared here; where neither is available the caller writes the file instead.
/// </summary>
internal static class HardLink
{
    /// <summary>Makes <paramref name="link"/> a new name of <paramref name="existing"/>; false when the file system or platform cannot.</summary>
    public static bool TryCreate(string existing, string link)
    {
        try
        {
            return OperatingSystem.IsWindows() ? CreateHardLinkW(link, existing, IntPtr.Zero) : Link(existing, link) == 0;
        }
        catch (Exception error) when (error is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [DllImport("libc", EntryPoint = "link", SetLastError = true)]
    private static extern int Link([MarshalAs(UnmanagedType.LPUTF8Str)] string existing, [MarshalAs(UnmanagedType.LPUTF8Str)] string link);

    [DllImport("kernel32", CharSet = CharSet.Unicode, SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static extern bool CreateHardLinkW(string link, string existing, IntPtr securityAttributes);
}
