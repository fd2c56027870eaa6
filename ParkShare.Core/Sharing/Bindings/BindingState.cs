namespace ParkShare.Core.Sharing.Bindings;

/// <summary>A binding is active until either side ends it; stored by name.</summary>
public enum BindingState
{
    Active,
    Revoked,
}
