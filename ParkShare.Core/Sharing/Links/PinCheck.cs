using ParkShare.Core.Sharing.Bindings;
using ParkShare.Core.Sharing.Push;
namespace ParkShare.Core.Sharing.Links;

public enum PinCheck
{
    Ok,
    Wrong,
    Locked,
    NotFound,
}
