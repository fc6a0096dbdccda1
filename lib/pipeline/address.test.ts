import { describe, expect, it } from "vitest";
import { parseAddress } from "./address";

describe("parseAddress", () => {
  it("reads a US address with a suite, in any case", () => {
    expect(parseAddress("Please change it to 592 Elm Avenue, Suite 978, Houston, TX 77242")).toEqual({
      line1: "592 Elm Avenue",
      line2: "Suite 978",
      city: "Houston",
      region: "TX",
      postalCode: "77242",
      country: "US",
    });
    expect(parseAddress("ship it to 592 elm avenue, suite 978, houston, tx 77242")).toMatchObject({
      line1: "592 Elm Avenue",
      line2: "Suite 978",
      city: "Houston",
      region: "TX",
    });
    expect(parseAddress("to 12 Pine St, Apt 4B, Portland, OR 97201, USA")).toMatchObject({
      line1: "12 Pine St",
      line2: "Apt 4B",
      city: "Portland",
      country: "US",
    });
  });

  it("never takes the order number's digits for a street number", () => {
    const parsed = parseAddress("Change the address of NW-665881 to 123 Elm Street, Springfield, IL 62704");
    expect(parsed?.line1).toBe("123 Elm Street");
    expect(parseAddress("order #665881 should go to 123 Elm Street, Springfield, IL 62704")?.line1).toBe(
      "123 Elm Street",
    );
  });

  it("splits an address typed without commas at the unit or the street type", () => {
    expect(parseAddress("445 Maple Drive Suite 394 Fort Worth TX 76165")).toMatchObject({
      line1: "445 Maple Drive",
      line2: "Suite 394",
      city: "Fort Worth",
      region: "TX",
      postalCode: "76165",
    });
    expect(parseAddress("445 Maple Drive Fort Worth TX 76165")).toMatchObject({
      line1: "445 Maple Drive",
      city: "Fort Worth",
    });
  });

  it("reads Canadian, British and German addresses with their postcodes and countries", () => {
    expect(parseAddress("200 King St W, Toronto, ON M5H 3T4, Canada")).toMatchObject({
      city: "Toronto",
      region: "ON",
      postalCode: "M5H 3T4",
      country: "CA",
    });
    expect(parseAddress("10 Downing Street, London SW1A 2AA, United Kingdom")).toMatchObject({
      line1: "10 Downing Street",
      city: "London",
      postalCode: "SW1A 2AA",
      country: "GB",
    });
    expect(parseAddress("bitte an Hauptstraße 5, 10115 Berlin, Deutschland")).toMatchObject({
      line1: "Hauptstraße 5",
      postalCode: "10115",
      city: "Berlin",
      country: "DE",
    });
  });

  it("does not guess at an incomplete address", () => {
    expect(parseAddress("change my address to Elm Street please")).toBeNull();
    expect(parseAddress("I moved to Houston")).toBeNull();
    expect(parseAddress("my order NW-100042 is late")).toBeNull();
    expect(parseAddress("123 Fake Street, Springfield, ZZ 12345")).toBeNull();
  });
});
