using System.Net.WebSockets;

namespace GuideBuilder.Targets.Pdf;

/// <summary>DevTools over the WebSocket of <c>--remote-debugging-port</c>, where no pipe can be handed to the browser (Windows).</summary>
public sealed class WebSocketTransport : IDevToolsTransport
{
    private readonly ClientWebSocket _socket = new();
    private readonly byte[] _buffer = new byte[1 << 16];

    public static async Task<WebSocketTransport> ConnectAsync(Uri endpoint, CancellationToken cancellation)
    {
        var transport = new WebSocketTransport();
        transport._socket.Options.KeepAliveInterval = TimeSpan.Zero;
        await transport._socket.ConnectAsync(endpoint, cancellation);
        return transport;
    }

    public Task SendAsync(ReadOnlyMemory<byte> message, CancellationToken cancellation) =>
        _socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, cancellation).AsTask();

    public async Task<byte[]?> ReceiveAsync(CancellationToken cancellation)
    {
        using var message = new MemoryStream();
        try
        {
            while (_socket.State == WebSocketState.Open)
            {
                var received = await _socket.ReceiveAsync(_buffer, cancellation);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    return null;
                }

                message.Write(_buffer, 0, received.Count);
                if (received.EndOfMessage)
                {
                    return message.ToArray();
                }
            }
        }
        catch (WebSocketException)
        {
            // The browser went away.
        }

        return null;
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            try
            {
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
            }
            catch (WebSocketException)
            {
                // Already gone.
            }
        }

        _socket.Dispose();
    }
}
