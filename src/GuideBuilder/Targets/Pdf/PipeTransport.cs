namespace GuideBuilder.Targets.Pdf;

/// <summary>
/// DevTools over <c>--remote-debugging-pipe</c>: the browser reads commands from its file
/// descriptor 3 and writes answers to 4, each message ending in a NUL byte. When this process
/// ends in any way, even killed, the system closes its end of the pipe and the browser quits.
/// </summary>
public sealed class PipeTransport(Stream toBrowser, Stream fromBrowser) : IDevToolsTransport
{
    private readonly byte[] _buffer = new byte[1 << 16];
    private readonly MemoryStream _pending = new();
    private int _start;
    private int _end;

    public async Task SendAsync(ReadOnlyMemory<byte> message, CancellationToken cancellation)
    {
        byte[] framed = [.. message.Span, 0];
        await toBrowser.WriteAsync(framed, cancellation);
        await toBrowser.FlushAsync(cancellation);
    }

    public async Task<byte[]?> ReceiveAsync(CancellationToken cancellation)
    {
        while (true)
        {
            var nul = Array.IndexOf(_buffer, (byte)0, _start, _end - _start);
            if (nul >= 0)
            {
                _pending.Write(_buffer, _start, nul - _start);
                _start = nul + 1;
                var message = _pending.ToArray();
                _pending.SetLength(0);
                return message;
            }

            _pending.Write(_buffer, _start, _end - _start);
            _start = 0;
            _end = await fromBrowser.ReadAsync(_buffer, cancellation);
            if (_end == 0)
            {
                return null;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await toBrowser.DisposeAsync();
        await fromBrowser.DisposeAsync();
        await _pending.DisposeAsync();
    }
}
