/** Namespaces and schema locations of a QTI 3.0 content package. */
export const QTI3_ITEM_NAMESPACE = "http://www.imsglobal.org/xsd/imsqtiasi_v3p0";
export const QTI3_ITEM_SCHEMA =
  "https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0_v1p0.xsd";
export const QTI3_MANIFEST_NAMESPACE = "http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1";
export const QTI3_MANIFEST_SCHEMA =
  "https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqtiv3p0_imscpv1p2_v1p0.xsd";
export const LOM_NAMESPACE = "http://ltsc.ieee.org/xsd/LOM";
export const LOM_SCHEMA =
  "https://purl.imsglobal.org/spec/md/v1p3/schema/xsd/imsmd_loose_v1p3p2.xsd";

/** The manifest resource type of a QTI 3.0 item. */
export const QTI3_ITEM_RESOURCE_TYPE = "imsqti_item_xmlv3p0";

/**
 * How quizdeck marks its evidence quotes in an item: a rubric block only authors see
 * (view="author"), one <blockquote cite="#pNN"> per quote. The importer reads it back.
 */
export const EVIDENCE_RUBRIC_USE = "ext:quizdeck-evidence";

/** The identifiers of a true-false question's two choices. */
export const TRUE_FALSE_CHOICES = { true: "true", false: "false" } as const;
