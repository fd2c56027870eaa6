using Microsoft.JSInterop;

namespace ParkShare.Web.Components;

/// <summary>
/// The life end of a component's script: a handle a module's <c>attach</c>/<c>connect</c> returned is told to
/// <c>dispose</c> (remove its listeners) and released, then the module and the .NET reference. After the circuit
/// is gone the browser has dropped everything already, so that is not an error.
/// </summary>
public static class JsHandles
{
    public static async ValueTask DetachAsync(IJSObjectReference handle)
    {
        await handle.InvokeVoidAsync("dispose");
        await handle.DisposeAsync();
    }

    public static async ValueTask ReleaseAsync(IJSObjectReference? handle, IJSObjectReference? module, IDisposable? self)
    {
        try
        {
            if (handle is not null)
            {
                await DetachAsync(handle);
            }

            if (module is not null)
            {
                await module.DisposeAsync();
            }
        }
        catch (JSDisconnectedException)
        {
            // The circuit is gone; the browser dropped everything already.
        }

        self?.Dispose();
    }
}
