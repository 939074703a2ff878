using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace GuideBuilder.Targets.Pdf;

/// <summary>
/// Kills every browser this process started when the process is asked to end (Ctrl+C, SIGTERM,
/// SIGHUP, SIGQUIT) or exits. After a signal the process then ends at once, as the signal's
/// default action would, with the shell's code for it (128 + the signal's number). Meanwhile an
/// exit from the build's own thread waits: the build sees its browser die and would otherwise
/// win the race, report a failed print and exit with 1.
/// </summary>
internal static partial class BrowserExit
{
    private static readonly ConcurrentDictionary<HeadlessBrowser, byte> Live = new();
    private static readonly ConcurrentDictionary<string, byte> WorkFolders = new(StringComparer.Ordinal);
    private static readonly Lazy<List<PosixSignalRegistration>> Handlers = new(Register);
    private static int _stoppingBySignal;
    private static int _stoppingThread;

    public static void Track(HeadlessBrowser browser)
    {
        _ = Handlers.Value;
        Live[browser] = 0;
    }

    public static void Untrack(HeadlessBrowser browser) => Live.TryRemove(browser, out _);

    /// <summary>A temporary folder of the build (the print HTML) to remove too when a signal ends the process.</summary>
    public static void TrackFolder(string folder)
    {
        _ = Handlers.Value;
        WorkFolders[folder] = 0;
    }

    public static void UntrackFolder(string folder) => WorkFolders.TryRemove(folder, out _);

    private static void KillAll()
    {
        foreach (var browser in Live.Keys)
        {
            browser.Kill();
        }
    }

    private static void RemoveWorkFolders()
    {
        foreach (var folder in WorkFolders.Keys)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                // Left to the system's temporary-file cleaning.
            }
        }
    }

    private static List<PosixSignalRegistration> Register()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            if (Volatile.Read(ref _stoppingBySignal) != 0 && Volatile.Read(ref _stoppingThread) != Environment.CurrentManagedThreadId)
            {
                Thread.Sleep(Timeout.Infinite); // the signal handler is cleaning up and ends the process
            }

            KillAll();
        };
        AppDomain.CurrentDomain.UnhandledException += (_, _) => KillAll();
        Console.CancelKeyPress += (_, _) => KillAll();
        var registrations = new List<PosixSignalRegistration>();
        foreach (var (signal, number) in new[] { (PosixSignal.SIGTERM, 15), (PosixSignal.SIGINT, 2), (PosixSignal.SIGHUP, 1), (PosixSignal.SIGQUIT, 3) })
        {
            try
            {
                registrations.Add(PosixSignalRegistration.Create(signal, context => Stop(context, number)));
            }
            catch (PlatformNotSupportedException)
            {
                // Not every signal exists on every system (Windows has no SIGHUP).
            }
        }

        return registrations;
    }

    private static void Stop(PosixSignalContext context, int number)
    {
        if (Interlocked.Exchange(ref _stoppingBySignal, 1) == 1)
        {
            return;
        }

        Volatile.Write(ref _stoppingThread, Environment.CurrentManagedThreadId);

        KillAll();
        RemoveWorkFolders();
        context.Cancel = true;
        if (OperatingSystem.IsWindows())
        {
            Environment.Exit(128 + number); // its ProcessExit handlers run on this thread, which they let through
        }

        ExitNow(128 + number);
    }

    /// <summary>The C library's _exit: ends the process without running managed shutdown, which is where the build's thread waits.</summary>
    [DllImport("libc", EntryPoint = "_exit")]
    private static extern void ExitNow(int status);
}
