/**
 * The same graph as Limelight's, modelled for @neo4j/graphql 7 (labels, relationship types
 * and properties as src/graph/*.queries.ts write them). Where the models differ:
 * - @neo4j/graphql has no default filter on a relationship, so the client asks for
 *   `standing: {in: ["ACCEPTED", "PROPOSED"]}` on each fact (the `*Connection` fields, which
 *   can filter on edge properties); Limelight applies that filter itself.
 * - SPOUSE_OF is stored in one direction and read in both (queryDirection: UNDIRECTED).
 * - Dates are the stored partial-date strings; Limelight returns them as PartialDate objects.
 * - Full-text search is the built-in @fulltext over the same person_names index; the client
 *   sends the Lucene query Limelight would build (src/search/person-search.ts).
 * - `connections` has no counterpart: `familyPath` is a @cypher field with SHORTEST 1 over the
 *   shown family edges, 6 hops (a quantifier must be a literal).
 */
export const NEO4J_GRAPHQL_TYPEDEFS = /* GraphQL */ `
  type Person @node @fulltext(indexes: [{ indexName: "person_names", queryName: "searchPeople", fields: ["name", "aliasText"] }]) {
    id: ID!
    name: String!
    aliases: [String!]
    aliasText: String
    description: String
    birthDate: String
    deathDate: String
    spouses: [Person!]! @relationship(type: "SPOUSE_OF", direction: OUT, properties: "Fact", queryDirection: UNDIRECTED)
    children: [Person!]! @relationship(type: "PARENT_OF", direction: OUT, properties: "Fact")
    parents: [Person!]! @relationship(type: "PARENT_OF", direction: IN, properties: "Fact")
    events: [Event!]! @relationship(type: "PARTICIPATED_IN", direction: OUT)
  }

  type Fact @relationshipProperties {
    id: ID
    standing: String
    since: String
    until: String
  }

  type Event @node {
    id: ID!
    kind: String!
    title: String!
    date: String
    standing: String
    participants: [Person!]! @relationship(type: "PARTICIPATED_IN", direction: IN)
  }

  type Query {
    familyPath(from: ID!, to: ID!): [Person!]!
      @cypher(
        statement: """
        MATCH (a:Person {id: $from}), (b:Person {id: $to})
        MATCH p = SHORTEST 1 (a)-[r:SPOUSE_OF|PARENT_OF WHERE r.standing IN ['ACCEPTED', 'PROPOSED']]-{1,6}(b)
        UNWIND nodes(p) AS n
        RETURN n
        """
        columnName: "n"
      )
  }
`;
