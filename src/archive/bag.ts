import { manifest } from "../output/manifest.js";
import type { OutputFile } from "../write-atomic.js";

export interface BagInfo {
  organisation: string;
  description: string;
  identifier: string;
  baggingDate: string;
  software: string;
}

/**
 * A BagIt bag (RFC 8493) around an edition's files: payload under data/, a SHA-256 manifest of the
 * payload and a tag manifest of the tag files, so archive tools can verify it without pressemappe.
 */
export function bagFiles(payload: readonly OutputFile[], info: BagInfo): OutputFile[] {
  const data = payload.map((file) => ({ name: `data/${file.name}`, data: file.data }));
  const octets = payload.reduce((sum, file) => sum + byteLength(file.data), 0);
  const tags = [
    { name: "bagit.txt", data: "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n" },
    {
      name: "bag-info.txt",
      data: [
        `Source-Organization: ${info.organisation}`,
        `External-Description: ${info.description}`,
        `External-Identifier: ${info.identifier}`,
        `Bagging-Date: ${info.baggingDate}`,
        `Bag-Software-Agent: ${info.software}`,
        `Payload-Oxum: ${octets}.${payload.length}`,
      ]
        .map((line) => line.replace(/[\r\n]+/g, " "))
        .join("\n")
        .concat("\n"),
    },
    { name: "manifest-sha256.txt", data: manifest(data) },
  ];
  return [...data, ...tags, { name: "tagmanifest-sha256.txt", data: manifest(tags) }];
}

function byteLength(data: string | Uint8Array): number {
  return typeof data === "string" ? Buffer.byteLength(data) : data.byteLength;
}
