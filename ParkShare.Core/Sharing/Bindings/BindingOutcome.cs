namespace ParkShare.Core.Sharing.Bindings;

/// <summary>A binding (AlreadyBound: the same two were bound before and nothing changed), or why there is none.</summary>
public sealed record BindingOutcome(Binding? Binding, BindingError Error, bool AlreadyBound = false)
{
    public static BindingOutcome Ok(Binding binding, bool alreadyBound = false) => new(binding, BindingError.None, alreadyBound);

    public static BindingOutcome Refused(BindingError error) => new(null, error);
}
