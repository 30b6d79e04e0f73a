/// The server never reported its port.
enum TestServerError: Error {
    case didNotStart
}
