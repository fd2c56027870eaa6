using ParkShare.Core.Drivers;

namespace ParkShare.Core.Sharing.Bindings;

/// <summary>The renamed binding as its side sees it, or why not (NotFound: no such active binding of mine; a name refusal).</summary>
public sealed record AliasOutcome(BoundPerson? Person, BindingError Error, PersonNameError NameError = PersonNameError.None);
