using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GuideBuilder.Targets.Pdf;

/// <summary>
/// A minimal Chrome DevTools Protocol client over a WebSocket: send a command, await its
/// answer, await an event. Hand-written because the tool only needs a handful of commands to
/// print PDFs, and Microsoft.Playwright would add a bundled Node.js runtime (about 200 MB) to
/// every installation of GuideBuilder; the tests still use Playwright.
/// </summary>
public sealed class DevToolsConnection : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonObject>> _pending = new();
    private readonly ConcurrentDictionary<(string? Session, string Method), TaskCompletionSource<JsonObject>> _waiters = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private int _nextId;
    private Task? _reader;

    public static async Task<DevToolsConnection> ConnectAsync(Uri endpoint, CancellationToken cancellation)
    {
        var connection = new DevToolsConnection();
        connection._socket.Options.KeepAliveInterval = TimeSpan.Zero;
        await connection._socket.ConnectAsync(endpoint, cancellation);
        connection._reader = Task.Run(connection.ReadLoopAsync);
        return connection;
    }

    /// <summary>Starts waiting for an event before the command that causes it is sent.</summary>
    public Task<JsonObject> WaitForEventAsync(string method, string? sessionId)
    {
        var waiter = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiters[(sessionId, method)] = waiter;
        return waiter.Task;
    }

    public async Task<JsonObject> SendAsync(string method, object? parameters = null, string? sessionId = null, CancellationToken cancellation = default)
    {
        var id = Interlocked.Increment(ref _nextId);
        var answer = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = answer;
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = JsonSerializer.SerializeToNode(parameters ?? new { }) };
        if (sessionId is not null)
        {
            message["sessionId"] = sessionId;
        }

        var bytes = Encoding.UTF8.GetBytes(message.ToJsonString());
        await _sendLock.WaitAsync(cancellation);
        try
        {
            await _socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, cancellation);
        }
        finally
        {
            _sendLock.Release();
        }

        using var registration = cancellation.Register(() => answer.TrySetCanceled());
        var result = await answer.Task;
        return result["error"] is JsonObject error
            ? throw new InvalidOperationException($"{method}: {error["message"]}")
            : result["result"] as JsonObject ?? [];
    }

    private async Task ReadLoopAsync()
    {
        var buffer = new byte[1 << 16];
        using var message = new MemoryStream();
        try
        {
            while (_socket.State == WebSocketState.Open && !_stop.IsCancellationRequested)
            {
                var received = await _socket.ReceiveAsync(buffer, _stop.Token);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                message.Write(buffer, 0, received.Count);
                if (!received.EndOfMessage)
                {
                    continue;
                }

                Dispatch(JsonNode.Parse(message.GetBuffer().AsSpan(0, (int)message.Length))!.AsObject());
                message.SetLength(0);
            }
        }
        catch (Exception error) when (error is OperationCanceledException or WebSocketException)
        {
            // The browser went away or we are closing: fail whatever still waits.
        }

        foreach (var pending in _pending.Values)
        {
            pending.TrySetException(new InvalidOperationException("the browser closed the DevTools connection"));
        }
    }

    private void Dispatch(JsonObject message)
    {
        if (message["id"] is JsonValue idValue && _pending.TryRemove(idValue.GetValue<int>(), out var answer))
        {
            answer.TrySetResult(message);
        }
        else if (message["method"]?.GetValue<string>() is { } method
            && _waiters.TryRemove((message["sessionId"]?.GetValue<string>(), method), out var waiter))
        {
            waiter.TrySetResult(message["params"] as JsonObject ?? []);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
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

        if (_reader is not null)
        {
            await _reader.ConfigureAwait(false);
        }

        _socket.Dispose();
        _stop.Dispose();
        _sendLock.Dispose();
    }
}
