/// The version `kaart --version` prints.
public enum KaartVersion {
    public static let current = "0.1.0"
}
