import Foundation

/// One request to the API server.
public struct APIRequest: Sendable, Hashable {
  /// `GET` or `POST`.
  public var method: String
  /// The path and query, such as `/api/v1/pods?limit=500`.
  public var path: String
  /// The `Accept` header.
  public var accept: String
  /// A JSON body (POST).
  public var body: [UInt8]?

  /// Full JSON objects.
  public static let acceptJSON = "application/json"
  /// Metadata only (`PartialObjectMetadataList`), with a JSON fallback for old servers.
  public static let acceptMetadata =
    "application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1,application/json"
  /// Aggregated discovery (v2, v2beta1), with a legacy fallback.
  public static let acceptAggregatedDiscovery =
    "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList,application/json"

  /// Creates a GET.
  public static func get(_ path: String, accept: String = acceptJSON) -> APIRequest {
    APIRequest(method: "GET", path: path, accept: accept, body: nil)
  }

  /// Creates a POST of a JSON body.
  public static func post(_ path: String, json: JSONValue) -> APIRequest {
    APIRequest(method: "POST", path: path, accept: acceptJSON, body: JSONWriter.serialize(json))
  }
}
